/**
 * Technologies, tools and practices the analyzer recognises, with aliases and, where it makes sense, the
 * year of the first public release (for "fifteen years of React" checks). One line per entry:
 *   name | aliases (comma separated) | first public release year (or -)
 * Ambiguous everyday words (Go, Rust, Swift, Spark…) are marked with `!`: they count only capitalized and
 * not at the start of a sentence.
 */
import type { Knowledge } from "./knowledge-schema";
import { isEverydayForm } from "./everyday-forms";
import knowledge from "./data/technologies.json";

const TABLE = `
JavaScript|js,ecmascript|1995
TypeScript|ts|2012
Python||1991
Java||1996
Kotlin||2011
Swift!||2014
Objective-C|objc|1984
C#|csharp,c sharp|2000
C++|cpp|1985
Go!|golang|2009
Rust!||2015
Ruby!||1995
Ruby on Rails|rails|2004
PHP||1995
Scala||2004
Elixir||2012
Erlang||1986
Haskell||1990
Clojure||2007
Dart!||2011
Flutter||2017
Julia!||2012
R!||1993
SQL||1974
GraphQL||2015
gRPC||2016
REST!|RESTful|2000
React|reactjs,react.js|2013
React Native||2015
Redux||2015
Angular|angularjs|2010
Vue|vue.js,vuejs|2014
Svelte||2016
Next.js|nextjs|2016
Node.js|node,nodejs|2009
Deno||2020
Express!|express.js|2010
NestJS||2017
Django||2005
Flask!||2010
FastAPI||2018
Spring!|spring boot|2002
.NET|dotnet|2002
Laravel||2011
jQuery||2006
Webpack||2012
Vite||2020
Tailwind|tailwind css,tailwindcss|2017
Docker||2013
Kubernetes|k8s,kube|2014
Helm||2016
Istio||2017
Envoy||2016
Terraform||2014
Pulumi||2018
Ansible||2012
Chef!||2009
Puppet!||2005
Jenkins||2011
GitHub Actions||2019
GitLab CI||2012
CircleCI||2011
ArgoCD|argo cd|2018
Prometheus||2012
Grafana||2014
Datadog||2010
Sentry||2008
OpenTelemetry|otel|2019
Elasticsearch|elastic|2010
Kibana||2013
Kafka|apache kafka|2011
RabbitMQ||2007
Spark!|apache spark|2014
Hadoop||2006
Flink||2011
Airflow|apache airflow|2015
dbt||2016
Snowflake||2014
BigQuery||2011
Redshift||2012
Databricks||2013
PostgreSQL|postgres,psql|1996
MySQL||1995
SQLite||2000
MongoDB|mongo|2009
Cassandra||2008
DynamoDB||2012
Redis||2009
Memcached||2003
Neo4j||2007
ClickHouse||2016
AWS|amazon web services|2006
Lambda!|aws lambda|2014
S3|amazon s3|2006
EC2||2006
Azure|microsoft azure|2010
GCP|google cloud,google cloud platform|2008
Heroku||2007
Vercel||2015
Cloudflare||2010
Linux||1991
Git||2005
GitHub||2008
TensorFlow||2015
PyTorch||2016
scikit-learn|sklearn|2007
Pandas||2008
NumPy||2006
Jupyter||2014
Hugging Face|huggingface|2016
LangChain||2022
OpenAI API||2020
LLM|llms,large language model,large language models|-
machine learning|ml|-
microservices|microservice|-
serverless||-
CI/CD|ci,cd,continuous integration,continuous delivery,continuous deployment|-
TDD|test-driven development,test driven development|-
DevOps||-
SRE|site reliability engineering|-
Agile||-
Scrum||-
Kanban||-
event sourcing||-
CQRS||-
OAuth|oauth2|2007
WebSockets|websocket|2011
WebAssembly|wasm|2017
WebGPU||2023
Figma||2016
Jira||2002
Tableau||2003
Looker||2012
Power BI|powerbi|2015
Excel||1985
Salesforce||1999
SAP||1972
iOS||2007
Android||2008
Unity!||2005
Unreal Engine|unreal|1998
Selenium||2004
Cypress||2017
Playwright||2020
Jest||2014
JUnit||1997
pytest||2004
Storybook||2016
`;

export interface Technology {
  name: string;
  aliases: string[];
  /** First public release year, from the dated knowledge base (null when not dated there). */
  released: number | null;
  /** Its month (1-12), when the knowledge base knows it. */
  releasedMonth: number | null;
  /** Where the date comes from. */
  source: string | null;
  /** An everyday word too: counts only capitalized, mid-sentence. */
  ambiguous: boolean;
}

/**
 * The dated knowledge base (`data/technologies.json`): technologies with first public release and source.
 * It ships inside the bundle, so it is checked against its schema by a test (knowledge-base.test.ts), not
 * parsed at every start: the parse took 25 ms of the live screen's start-up on the main thread.
 */
export const KNOWLEDGE: Knowledge = knowledge;

const key = (name: string) => name.toLowerCase();
interface TableRow {
  name: string;
  aliases: string[];
  ambiguous: boolean;
}
const tableRows = (): TableRow[] =>
  TABLE.trim()
    .split("\n")
    .map((line) => {
      const [rawName = "", aliases = ""] = line.split("|");
      const ambiguous = rawName.endsWith("!");
      return {
        name: ambiguous ? rawName.slice(0, -1) : rawName,
        aliases: aliases ? aliases.split(",").map((x) => x.trim()) : [],
        ambiguous,
      };
    });
/**
 * Every name and alias as written in the table and the knowledge base (what `everyday-forms` covers);
 * for its build script and test, so computed on request rather than at every start.
 */
export const dictionaryForms = (): string[] => [
  ...tableRows().flatMap((r) => [r.name, ...r.aliases]),
  ...KNOWLEDGE.flatMap((k) => [k.name, ...k.aliases]),
];

/** A name or alias that is an everyday word ("spark", "react", "express") makes the entry guarded. */
const everyday = (names: string[]) => names.some((n) => /^[a-z]+$/i.test(n) && isEverydayForm(n));

/** The knowledge base's entries, merged with the table's display names and guards. */
function build(): Technology[] {
  const rows = tableRows();
  const dated = KNOWLEDGE.map((k): Technology => {
    const [year = "0", month] = k.released.split("-");
    const forms = new Set([k.name, ...k.aliases].map(key));
    // The first wave's shorter display name wins ("Kafka" over "Apache Kafka"), its guard too.
    const row = rows.find((r) => [r.name, ...r.aliases].some((n) => forms.has(key(n))));
    const aliases = [...new Set([...(row ? [k.name, ...row.aliases] : []), ...k.aliases])].filter(
      (a) => a !== (row?.name ?? k.name),
    );
    const ambiguous = k.ambiguous || (row?.ambiguous ?? false) || everyday([k.name, ...k.aliases]);
    // Guarded names match case-sensitively: an everyday-word alias is kept only capitalised ("Spark").
    const guarded = ambiguous
      ? [
          ...new Set(
            aliases.map((x) => (/^[a-z]+$/.test(x) && isEverydayForm(x) ? x[0]?.toUpperCase() + x.slice(1) : x)),
          ),
        ]
      : aliases;
    return {
      name: row?.name ?? k.name,
      aliases: guarded.filter((x) => x !== (row?.name ?? k.name)),
      released: Number(year),
      releasedMonth: month ? Number(month) : null,
      source: k.source,
      ambiguous,
    };
  });
  const known = new Set(dated.flatMap((t) => [t.name, ...t.aliases].map(key)));
  return [
    ...dated,
    ...rows
      .filter((t) => ![t.name, ...t.aliases].some((n) => known.has(key(n))))
      .map((t): Technology => ({
        ...t,
        released: null,
        releasedMonth: null,
        source: null,
      })),
  ];
}

let built: readonly Technology[] | null = null;

/**
 * Every technology the analyzer recognises: the knowledge base, plus the first wave's table for names it
 * lacks (recognised as skills, with no date: a date needs a source). Built at the first call, not when
 * the module loads: the setup screen, prefetched on the home screen, imports it but needs it only once
 * a job description is matched (decision 121).
 */
export function technologies(): readonly Technology[] {
  built ??= build();
  return built;
}

/** When a technology was first released publicly, or null when the knowledge base does not date it. */
export function releaseDate(tech: Technology): { year: number; month: number | null } | null {
  return tech.released === null ? null : { year: tech.released, month: tech.releasedMonth };
}
