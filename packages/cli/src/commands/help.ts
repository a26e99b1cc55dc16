/** The help text of each command, shown by `lsh-cyber <command> --help`. */
export const COMMAND_HELP: Readonly<Record<string, { summary: string; usage: string }>> = {
  validate: {
    summary: 'check documents and list every problem',
    usage: `Usage: lsh-cyber validate <file...> [--catalog <file>] [--lang nl|en] [--json]

Recognises each file's document kind (catalog, assessment, score report, chain, clause library,
organisation profile) and lists every problem as "file: path: message". An assessment is also
checked against its catalog: the built-in catalog with the id it names, or --catalog <file>.

Options:
  --catalog <file>   check assessments against this catalog instead of the built-in one
  --lang nl|en       language of the problems (default: LSH_CYBER_LANG, else nl for a Dutch locale, else en)
  --json             print the results as JSON (see the README for the shape)

Exit status: 0 when every file is valid, 1 otherwise.`,
  },
  score: {
    summary: 'score an assessment: domains, level, gaps, top measures',
    usage: `Usage: lsh-cyber score <assessment.json> [--catalog <file>] [--lang nl|en] [--json]

Scores an assessment against its catalog and prints a report: overall score, maturity level and
why, a bar per domain, the perception gap, the critical gaps, and the first measures to take.

Options:
  --catalog <file>   the catalog the assessment answers (default: the built-in catalog it names)
  --lang nl|en       report language (default: LSH_CYBER_LANG, else nl for a Dutch locale, else en)
  --json             print the engine's ScoreReport as JSON instead`,
  },
  roadmap: {
    summary: 'plan measures year by year within a budget',
    usage: `Usage: lsh-cyber roadmap <assessment.json> --budget <euros per year> --years <n>
                        [--effort-days <n|none> | --buy-effort]
                        [--catalog <file>] [--lang nl|en] [--json | --csv [--csv-dialect excel-nl|rfc4180]]

Plans the measures that close the assessment's gaps, most risk reduction per euro first,
respecting prerequisites and each year's budget, with the projected score per year.

Options:
  --budget <euros>   budget per year in euros (required)
  --years <n>        number of years to plan, 1 to 20 (required)
  --effort-days <n>  own person-days a year for new measures (default: the size class's capacity,
                     micro 6, small 15, medium 60, large 250); "none" for no limit
  --buy-effort       nobody in-house does the work: buy every work day at the catalog's day rate
  --catalog <file>   the catalog the assessment answers (default: the built-in catalog it names)
  --lang nl|en       report language
  --json             print the engine's roadmap as JSON
  --csv              print one row per planned measure as CSV, for a spreadsheet
  --csv-dialect <d>  excel-nl (";", decimal comma, BOM: what Dutch Excel opens in columns; the
                     default for --lang nl) or rfc4180 ("," and a decimal point; the default for en)`,
  },
  chain: {
    summary: 'effective scores, weakest links and single points of failure of a chain',
    usage: `Usage: lsh-cyber chain <chain.json | chain.gexf | chain.graphml | organisations.csv dependencies.csv> [--format json|gexf|graphml] [--top <n>] [--json] [--lang nl|en] [--threads <n>]

Propagates resilience through a value chain (a chain is as strong as its weakest link) and prints
the organisations with the lowest effective score and why, who holds the chain back, and the
single points of failure. Progress goes to stderr on a terminal or for large inputs.

A file named - is read from standard input (give --format for GEXF or GraphML there).

Options:
  --format <f>       json, gexf or graphml (default: by the file's extension, else json)
  --top <n>          how many organisations each list shows (default 10)
  --json             print the analysis as JSON (see the README for the shape)
  --lang nl|en       report language
  --threads <n>      threads that test for single points of failure (default: one for chains of
                     under 100,000 dependencies, else one per processor core, at most 4)
  --quiet            no progress on stderr`,
  },
  clauses: {
    summary: 'write a supplier-security clause pack for one supplier in a chain',
    usage: `Usage: lsh-cyber clauses --chain <file> --supplier <id> [--buyer <id>]
                        --format md|html|docx -o <file> [--checklist] [--lang nl|en] [--force]

Selects the clauses that fit the dependency of the buyer on the supplier (kind, criticality, data
shared) and the supplier's score report where its assessment is found, and writes the pack.

Options:
  --chain <file>          chain model (JSON) holding both organisations
  --supplier <id>         the supplier's id in the chain
  --buyer <id>            the buyer's id (default: the organisation that depends most
                          critically on the supplier; ties go to the first in the file)
  --format md|html|docx   output format
  -o, --output <file>     the file to write; - writes the pack to standard output
  --assessments <dir>     where to look for the supplier's assessment (see the README)
  --checklist             write a one-page checklist to hold against the supplier's own
                          standard terms instead of the contract text
  --lang nl|en            contract language
  --force                 overwrite an existing output file
  --json                  also print the clause pack (selectClauses' output) as JSON`,
  },
  duties: {
    summary: 'which incident-reporting laws apply: NIS2, GDPR, MDR/IVDR, CRA',
    usage: `Usage: lsh-cyber duties <profile.json | assessment.json> [--lang nl|en] [--json]

Says whether NIS2 applies (essential, important, out, or uncertain with the profile fields that
would decide it), the organisation's GDPR role, and whether it is an MDR/IVDR or CRA manufacturer,
each with its reasons and legal basis (see docs/duties.md).

Options:
  --lang nl|en   report language
  --json         print the engine's applicability as JSON`,
  },
  deadlines: {
    summary: 'every legal reporting clock for an incident, on Amsterdam time',
    usage: `Usage: lsh-cyber deadlines <profile.json | assessment.json> --incident <file> [--lang nl|en] [--json]

Computes every reporting clock that runs (NIS2 Art. 23, GDPR Art. 33-34, MDR Art. 87, CRA Art. 14)
from the incident's moments, earliest first, shown on Amsterdam clocks (CET/CEST).
The incident file is JSON: { "awareAt": "2026-10-24T12:00:00+02:00", "notifiedAt"?, "fixAvailableAt"?,
"personalData"?, "significant"?, "deviceIncident"?: "death-or-deterioration" | "public-health-threat" | "other",
"exploitedVulnerability"?, "severeIncident"? }; times need a time zone.

Options:
  --incident <file>   the incident (required)
  --lang nl|en        report language
  --json              print the deadlines as JSON (times in UTC)`,
  },
  ehbo: {
    summary: 'write a one-page incident first-aid card (EHBO-kaart)',
    usage: `Usage: lsh-cyber ehbo <profile.json | assessment.json> [--chain <file>] [--insurer <name>]
                     --format html|docx|md -o <file> [--lang nl|en] [--force] [--json]

Writes the organisation's first-aid card: first moves, the BOB rounds, first steps for common
incidents, when to scale up, who to call and the reporting clocks that apply. The HTML prints on
one A4 page.

Options:
  --chain <file>          a chain model holding the organisation: its IT, cloud, EHR and LIMS
                          suppliers go on the card
  --insurer <name>        the cyber insurer to call
  --format html|docx|md   output format (required)
  -o, --output <file>     the file to write (required)
  --lang nl|en            card language
  --force                 overwrite an existing output file
  --json                  also print the card's content as JSON`,
  },
};
