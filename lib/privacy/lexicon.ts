/**
 * Words that look like names but are not people: technologies, products, employers, places, calendar
 * words. They stop the name detectors from scrubbing what the assessment needs ("Go", "Rust", "Stripe").
 * Lower-case; matched per token.
 */
export const NOT_PEOPLE = new Set(
  `go golang rust react redux swift kotlin java javascript typescript python ruby rails perl php scala elixir erlang haskell clojure dart flutter julia lua
  kafka spark flink hadoop airflow dagster beam storm hive presto trino druid pinot jenkins travis circleci gradle maven bazel
  docker kubernetes k8s helm istio envoy linkerd nomad consul vault terraform pulumi ansible chef puppet packer vagrant
  postgres postgresql mysql mariadb sqlite redis memcached mongo mongodb cassandra scylla dynamo dynamodb elastic elasticsearch opensearch solr
  snowflake bigquery redshift databricks clickhouse tableau looker grafana prometheus datadog sentry splunk kibana jaeger honeycomb pagerduty
  aws azure gcp heroku vercel netlify cloudflare fastly akamai linode digitalocean openstack vmware
  angular vue svelte ember backbone jquery next nuxt remix gatsby django flask fastapi express nest spring laravel symfony rocket actix tokio
  pandas numpy scipy jupyter pytorch tensorflow keras jax sklearn scikit hugging face openai anthropic llama mistral gemini claude copilot chatgpt
  linux ubuntu debian fedora windows mac macos ios android unix git github gitlab bitbucket jira confluence slack figma notion linear asana trello zoom teams meet webex
  google alphabet amazon microsoft apple meta facebook instagram whatsapp netflix uber lyft airbnb stripe shopify atlassian salesforce oracle sap ibm intel nvidia amd qualcomm cisco
  tesla spacex twitter x linkedin spotify dropbox box zendesk twilio okta auth0 datadog hashicorp mongodb confluent snowflake palantir coinbase robinhood paypal square block visa mastercard
  deloitte accenture mckinsey bain bcg kpmg pwc ey capgemini infosys wipro tcs cognizant
  goldman sachs morgan stanley jpmorgan chase citi citigroup barclays hsbc santander ubs bloomberg fidelity vanguard blackrock
  disney sony samsung lg huawei xiaomi siemens bosch philips nokia ericsson ford toyota honda bmw mercedes audi volkswagen porsche ferrari
  mcdonald's mcdonalds starbucks walmart target costco ikea zara nike adidas
  black friday cyber monday christmas easter thanksgiving diwali ramadan hanukkah halloween
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  english spanish french german hindi mandarin chinese japanese korean arabic portuguese russian italian dutch polish
  seattle london paris berlin tokyo bangalore bengaluru mumbai delhi pune hyderabad chennai singapore sydney melbourne toronto vancouver dublin madrid barcelona lisbon amsterdam
  york san francisco jose diego los angeles boston austin chicago denver atlanta miami texas california washington oregon new jersey
  india china japan germany france spain italy canada mexico brazil nigeria kenya egypt ireland scotland wales england britain uk usa america europe asia africa
  stanford mit harvard berkeley oxford cambridge princeton yale caltech cmu carnegie mellon eth imperial iit university college institute school
  athena glue kinesis aurora sagemaker fargate cognito cloudfront bedrock quicksight neptune timestream lightsail amplify appsync eventbridge sqs sns ecs eks ecr emr iam
  ada luigi hugo marquez prefect dagster apollo jekyll crystal nim zig pascal delphi bottle pyramid tornado celery dask polars kedro argo flux tekton spinnaker harbor quay
  jasmine karma mocha chai enzyme cypress selenium puppeteer eleventy astro preact alpine aurelia meteor sails koa hapi fastify phoenix ecto oban sidekiq resque sinatra hanami
  wagtail strapi ghost hexo docusaurus storybook chromatic rollbar bugsnag honeybadger raygun loki tempo mimir thanos cortex zipkin kiali traefik caddy nginx haproxy varnish squid
  kong tyk calico cilium flannel rook ceph minio longhorn velero trivy clair snyk falco kyverno keda knative dapr tilt skaffold rancher terragrunt atlantis crossplane backstage
  opsgenie victorops mollie adyen braintree klarna worldline marqeta plaid xbox cortana alexa siri bixby bert elmo ernie
  flax optax haiku ray apache camel hazelcast quarkus zephyr percy micronaut vertx akka pulsar nifi
  qwen phi deepseek gemma mixtral falcon bert roberta gpt whisper moonshine vicuna alpaca grok sora dall midjourney
  api sdk cli sql nosql graphql grpc rest http https tcp udp dns cdn ci cd devops sre qa ml ai llm nlp etl aws s3 ec2 lambda
  i i'm i've i'd we you he she they it the a an and or but so then also okay ok yes no hello hi thanks thank please sure well
  agile scrum kanban lean star okr kpi mvp poc
  mercado libre deutsche bank capital general electric motors airlines airways labs technologies systems software solutions group holdings
  ssn cv resume résumé phone email id dob pin otp
  partners ventures consulting studios games health insurance financial energy foods pharma media networks robotics analytics cloud security`
    .split(/\s+/)
    .filter(Boolean),
);

/** Honorifics that mark the next capitalized word as a person. */
export const TITLES = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Madam|Miss)\.?\s+/;

/** Capitalized because they start a sentence or a title, not because they are names. */
export const COMMON_CAPITALIZED = new Set(
  `when then after before during while last next this that these those our my your his her their its we they he she it there here
  what why how who which where yes no so and but or also because if in on at for from with without about into over under between
  actually basically honestly recently currently previously initially finally eventually later today yesterday tomorrow sure right
  okay well great good thanks thank hello hi dear team project senior junior lead staff principal engineer engineering manager director
  head vp cto ceo cfo coo chief product design data platform infrastructure backend frontend mobile security sales marketing
  one two three four five six seven eight nine ten first second third q1 q2 q3 q4 north south east west central
  street avenue road lane drive apartment suite unit floor building`
    .split(/\s+/)
    .filter(Boolean),
);
