/**
 * Italian: D.Lgs. 216/2003 (religione, età, handicap, orientamento sessuale), D.Lgs. 198/2006 art. 27
 * (stato matrimoniale, di famiglia o di gravidanza), Statuto dei lavoratori art. 8 (divieto di indagini
 * su opinioni politiche, religiose o sindacali), D.Lgs. 276/2003 art. 10, EU Directive 2023/970 art. 5.2.
 */
import { rx } from "../../lang/regex";
import type { ComplianceLanguage } from "./types";

const i = rx("i");

export const IT_COMPLIANCE: ComplianceLanguage = {
  asks: i`\?|\b(?:mi dica|dimmi|mi racconti|posso chiederle|posso chiederti|vorrei sapere|per curiosità|giusto per sapere|se posso permettermi)\b`,
  opensAsQuestion: i`^\s*(?:(?:e|allora|quindi|senta|ma)[,\s]+)*(?:in che|in quale|quanti|quante|quanto|che|qual|quale|come|quando|dove|di dove|da dove|chi|per chi|è|e'|sei|ha|hai|pensa|pensi|vuole|vuoi|prende|va|fa|lei)\b`,
  topics: {
    age: {
      label: "l'età",
      patterns: [
        i`\bquanti anni (?:ha|hai|ha lei)(?=\s*(?:[?,.!]|$|se\b|adesso|ora|di preciso|esattamente))`,
        i`\bche età (?:ha|hai)\b|\bla sua età\b`,
        i`\b(?:in che anno|quando) (?:è|sei) nat[oa]\b|\bdata di nascita\b|\bdi che anno (?:è|sei)\b`,
        i`\b(?:andare|andrà) in pensione\b|\bpensionamento\b`,
        i`\b(?:non )?(?:è|sei) (?:un po' )?troppo (?:giovane|vecchi[oa]|anzian[oa])\b|\bha più di (?:\d{2}|trenta|quaranta|cinquanta) anni\b`,
      ],
      lawful: [i`\bmaggiorenne\b|\balmeno (?:18|diciotto) anni\b`],
      instead: "L'età è un fattore protetto (D.Lgs. 216/2003). Se la legge lo richiede, chieda solo «È maggiorenne?»",
    },
    marital_status: {
      label: "lo stato civile",
      patterns: [
        i`\b(?:è|sei|lei è) (?:sposat[oa]|single|nubile|celibe|divorziat[oa]|separat[oa]|fidanzat[oa]|vedov[oa])\b`,
        i`\b(?:ha|hai) (?:un |una )?(?:compagn[oa]|fidanzat[oa]|marito|moglie|partner)\b|\bstato civile\b`,
        i`\bcosa fa (?:suo|tuo) marito\b|\bcosa fa (?:sua|tua) moglie\b`,
      ],
      lawful: [i`\bsposat[oa] con (?:java|python|il|la|un|una|questo|questa|il nostro)\b`],
      instead:
        "Lo stato civile non riguarda il ruolo (D.Lgs. 198/2006). Chieda dei requisiti del ruolo (trasferte, orari).",
    },
    family: {
      label: "figli, gravidanza e progetti familiari",
      patterns: [
        i`\b(?:ha|hai|avete) (?:dei )?(?:figli|bambini)\b|\bquanti figli\b|\bquanti anni hanno i (?:suoi|tuoi) figli\b`,
        i`\b(?:pensa|pensi|vuole|vuoi|intende|intendi|ha intenzione) (?:di )?(?:avere (?:dei )?figli|mettere su famiglia|fare (?:un )?figli)\b|\bprogetti di (?:maternità|famiglia|gravidanza)\b`,
        i`\b(?:è|sei) incinta\b|\bmaternità in (?:programma|vista)\b|\bcongedo (?:di )?maternità\b`,
        i`\bchi (?:si occupa|bada|pensa) (?:dei|ai) (?:suoi|tuoi) (?:figli|bambini)\b`,
      ],
      lawful: [
        i`\b(?:nodo|nodi|processo|processi|componente|componenti|elemento|elementi|albero)\b[^?]{0,20}\bfigli\b`,
      ],
      instead:
        "Lo stato di famiglia e la gravidanza sono protetti (D.Lgs. 198/2006, art. 27). Chieda «Può lavorare con gli orari richiesti dal ruolo?»",
    },
    religion: {
      label: "la religione",
      patterns: [
        i`\b(?:è|sei) (?:credente|praticante|religios[oa]|cattolic[oa]|cristian[oa]|musulman[oa]|ebre[oa]|ate[oa])\b`,
        i`\bche religione\b|\bla sua religione\b|\b(?:pratica|pratichi) una religione\b`,
        i`\b(?:va|vai) a messa\b|\b(?:va|vai) in (?:chiesa|moschea|sinagoga)\b|\b(?:fa|fai) il ramadan\b`,
      ],
      instead:
        "Le convinzioni religiose sono protette (Statuto dei lavoratori art. 8, D.Lgs. 216/2003). Chieda «Può lavorare con gli orari del ruolo?»",
    },
    national_origin: {
      label: "l'origine e la nazionalità",
      patterns: [
        i`\bdi dove (?:è|sei)\b(?!\s+(?:il|la|questo|questa))|\bda dove (?:viene|vieni)(?=\s*(?:[?,.!]|$|originariamente|di preciso|lei))|\b(?:dov'è|dove è|dove sei) nat[oa]\b`,
        i`\bqual è la (?:sua|tua) (?:nazionalità|cittadinanza|origine|etnia)\b|\b(?:sua|tua) (?:nazionalità|cittadinanza)\b|\b(?:è|sei) (?:italian[oa]|stranier[oa]|immigrat[oa])\b|\b(?:sue|tue) origini\b`,
        i`\b(?:sua|tua) lingua madre\b|\b(?:suo|tuo) accento\b|\bda che paese\b|\bda dove viene (?:il suo|il tuo) (?:nome|cognome|accento)\b`,
      ],
      lawful: [
        i`\bautorizzat[oa] a lavorare\b|\bpermesso di (?:lavoro|soggiorno)\b|\bvisto\b|\bsponsorizzazione\b`,
        i`\bda dove (?:si collega|ti colleghi)\b|\bfuso orario\b|\bche lingue parla\b`,
      ],
      instead:
        "L'origine e la nazionalità sono protette (D.Lgs. 215/2003). Chieda «È autorizzato a lavorare in Italia?»",
    },
    disability_health: {
      label: "la disabilità e la salute",
      patterns: [
        i`\b(?:ha|hai) (?:una |delle |qualche )?(?:disabilità|malattia|malattie|problemi di salute|patologi[ae])\b|\b(?:è|sei) (?:disabile|invalid[oa]|malat[oa]|in buona salute)\b`,
        i`\bquanti giorni di malattia\b|\b(?:è|sei) (?:mai )?stat[oa] (?:in malattia|in cura|ricoverat[oa])\b|\b(?:ha|hai) (?:mai )?(?:avuto|sofferto di) (?:depressione|ansia|burnout)\b`,
        i`\b(?:prende|prendi) (?:dei )?farmaci\b|\bpsicologo\b`,
      ],
      lawful: [i`\bmansioni essenziali\b|\baccomodamenti ragionevoli\b`],
      instead:
        "Salute e disabilità sono protette (D.Lgs. 216/2003). Chieda «Può svolgere le mansioni essenziali del ruolo, con o senza accomodamenti ragionevoli?»",
    },
    arrest_record: {
      label: "gli arresti",
      patterns: [
        i`\b(?:è|sei) (?:mai )?stat[oa] (?:arrestat[oa]|fermat[oa] dalla polizia|in carcere)\b|\bproblemi con la (?:legge|polizia|giustizia)\b`,
      ],
      lawful: [i`\bcasellario giudiziale\b`],
      instead:
        "Un arresto non è una condanna. Dove la legge lo consente per il ruolo, chieda solo il certificato del casellario giudiziale, dopo l'offerta.",
    },
    salary_history: {
      label: "la retribuzione attuale o passata",
      patterns: [
        i`\bquanto (?:guadagna|guadagni|prende|prendi|guadagnava|guadagnavi|prendeva|prendevi|la pagavano|ti pagavano|la pagano|ti pagano)\b`,
        i`\bqual è la (?:sua|tua) (?:retribuzione|ral|stipendio)\b|\b(?:suo|tuo) stipendio (?:attuale|precedente)\b|\b(?:sua|tua) (?:ral|retribuzione) (?:attuale|precedente)\b`,
      ],
      lawful: [i`\baspettative?\b|\brichiesta economica\b|\bral desiderata\b|\bquanto vorrebbe\b`],
      instead:
        "Chiedere la retribuzione passata è vietato dalla direttiva (UE) 2023/970 (art. 5.2). Chieda «Qual è la sua aspettativa economica?»",
    },
    sexual_orientation_gender: {
      label: "l'orientamento sessuale o l'identità di genere",
      patterns: [
        i`\b(?:è|sei) (?:gay|omosessuale|lesbica|etero|eterosessuale|bisessuale|bi|trans)\b|\borientamento sessuale\b|\bidentità di genere\b`,
      ],
      instead: "L'orientamento sessuale è protetto (D.Lgs. 216/2003). Lo lasci fuori dal colloquio.",
    },
    politics_union_military: {
      label: "le opinioni politiche o l'iscrizione al sindacato",
      patterns: [
        i`\bper chi (?:ha|hai) votato\b|\bper chi (?:vota|voti)\b|\b(?:sue|tue) (?:idee|opinioni) politiche\b|\b(?:è|sei) di (?:destra|sinistra)\b`,
        i`\b(?:è|sei) iscritt[oa] (?:a un|al|a qualche) (?:sindacato|partito)\b|\biscrizione (?:al|a un) sindacato\b`,
      ],
      instead:
        "Le indagini su opinioni politiche e sindacali sono vietate (Statuto dei lavoratori art. 8). Chieda delle competenze utili al ruolo.",
    },
    genetic_information: {
      label: "le informazioni genetiche e la storia clinica familiare",
      patterns: [
        i`\bmalattie ereditarie\b|\bstoria clinica familiare\b|\btest genetic[oi]\b|\bcasi di (?:tumore|cancro|diabete) in famiglia\b`,
      ],
      instead: "I dati genetici sono protetti (GDPR art. 9). Lasci la storia clinica familiare fuori dal colloquio.",
    },
  },
};
