// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"

#include "app/cli/CommandLine.h"
#include "app/common/AppEnvironment.h"
#include "app/common/Settings.h"
#include "core/services/DemoData.h"
#include "core/services/Workspace.h"
#include "core/util/Decimal.h"
#include "core/util/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <functional>

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

Cli::~Cli() = default;

namespace {

// ~/… for a path in the home folder: what a person types, and the same in every man page built.
QString homeAsTilde(const QString& path)
{
    const QString home = QDir::homePath();
    return path.startsWith(home + u'/') ? QStringLiteral("~") + path.mid(home.size()) : path;
}

} // namespace

QString Cli::commandHelp(const QStringList& words) const
{
    // `COMMAND --help`: the usage line, that command's entries of the full help and the options;
    // the whole help when no command is named or none matches.
    QStringList named;
    for (const QString& word : words) {
        if (word.startsWith(u'-') || named.size() == 2)
            break;
        named << word;
    }
    const QString full = usageText();
    if (named.isEmpty())
        return full;
    const QStringList lines = full.split(u'\n');
    QStringList entries;
    bool inEntry = false;
    for (const QString& line : lines) {
        const bool starts = line.startsWith(QStringLiteral("  ")) && line.size() > 2 && line.at(2).isLower();
        const bool continues = line.startsWith(QStringLiteral("    ")) || line.startsWith(QStringLiteral("  |"));
        if (starts)
            inEntry = QString(line.mid(2) + u' ').startsWith(QString(named.join(u' ') + u' '));
        else if (!continues)
            inEntry = false;
        if (inEntry)
            entries << line;
    }
    if (entries.isEmpty())
        return full;
    // The options section: its heading is the line before "  --db FILE", in either language.
    qsizetype options = lines.size();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].startsWith(QStringLiteral("  --db"))) {
            options = i - 1;
            break;
        }
    }
    return lines.value(0) + QStringLiteral("\n\n") + entries.join(u'\n') + QStringLiteral("\n\n")
        + lines.mid(options).join(u'\n');
}

QString Cli::usageText() const
{
    return tr("Usage: communitycheck-cli [--db FILE] [--lang zh_CN|en] [--user NAME] COMMAND …\n"
              "\n"
              "Commands:\n"
              "  init [--demo]                      create or upgrade the database, install the default set;\n"
              "                                     --demo adds sample communities with completed checks\n"
              "  upgrade                            upgrade a database made by an older version (a complete\n"
              "                                     backup first); other commands refuse an older database\n"
              "  backup -o FILE                     a consistent copy of the database and its photos, also\n"
              "                                     while it is in use\n"
              "  restore FILE                       check a backup, keep the current files aside, restore\n"
              "  check [--json]                     integrity, links between records, photo checksums;\n"
              "                                     exit code 1 when something is wrong\n"
              "  sets import FILE                   import an indicator set (JSON or an XLSX workbook);\n"
              "                                     prints CODE VERSION\n"
              "  sets list [--json]                 list the stored indicator-set versions\n"
              "  sets export CODE [--version V] -o FILE\n"
              "                                     write a stored set back as JSON, or as a workbook to\n"
              "                                     edit in WPS or Excel when FILE ends with .xlsx\n"
              "  communities add --code C --name N --type T [--households N] [--buildings N]\n"
              "      [--population N] [--area-ha X] [--city S] [--county S] [--street S]\n"
              "      [--build-year Y] [--pilot] [--latitude X] [--longitude X]\n"
              "                                     add a community to the register\n"
              "  communities list [--json]          list the register\n"
              "  communities import FILE.csv|FILE.xlsx\n"
              "                                     add or update communities (columns code, name, type;\n"
              "                                     city, county, street, households, buildings, population,\n"
              "                                     area_ha, build_year, pilot, latitude, longitude, note);\n"
              "                                     all rows or none\n"
              "  buildings import COMMUNITY FILE.csv|FILE.xlsx [--update-register]\n"
              "                                     add or update the community's estates and buildings\n"
              "                                     (columns estate, building, address, storeys, dwellings,\n"
              "                                     build_year, structure, lift, note); all rows or none;\n"
              "                                     --update-register: the register's building and\n"
              "                                     household counts from them\n"
              "  buildings list COMMUNITY [--json]  the community's buildings\n"
              "  ledger import ASSESSMENT FILE.csv|FILE.xlsx\n"
              "                                     the building ledger of a check (columns estate, building,\n"
              "                                     item, present, severity, note; items H1.0 … H9.4 and the\n"
              "                                     set ledger_items); all rows or none\n"
              "  ledger list ASSESSMENT [--json]    the building ledger of a check\n"
              "  export national --county NAME --round LABEL -o DIR\n"
              "                                     the national tables of a county's round: survey table\n"
              "                                     (XLSX and CSV), problem list, remediation list and\n"
              "                                     building ledger (XLSX), from its submitted and approved\n"
              "                                     checks\n"
              "  assessments new --community C --set CODE [--version V] [--round LABEL] [--assessor NAME]…\n"
              "      [--date YYYY-MM-DD] [--from-previous]\n"
              "                                     start a check; prints its ID (--date: the day of the site\n"
              "                                     visit, default today; --from-previous: copy the earlier\n"
              "                                     round's values, marked as carried over)\n"
              "  assessments edit ASSESSMENT --date YYYY-MM-DD\n"
              "                                     change the day of the site visit (draft or returned\n"
              "                                     checks); 限时解决 deadlines count from it\n"
              "  assessments list [--community C] [--json]\n"
              "                                     list checks\n"
              "  assessments submit ASSESSMENT | assessments approve ASSESSMENT… [--comment C]\n"
              "  | assessments return ASSESSMENT… --comment C\n"
              "                                     the review workflow; several checks are one step,\n"
              "                                     all or none; audited\n"
              "  responses import ASSESSMENT FILE.csv|FILE.xlsx\n"
              "                                     import answers (columns indicator, value, note; CSV in\n"
              "                                     UTF-8 or GB18030, or a workbook's first sheet); all rows\n"
              "                                     or none\n"
              "  score ASSESSMENT [--json]          the score tree, grade, coverage, bottom-line failures\n"
              "  scores --round LABEL [--county NAME] [--street NAME] [--by community|street|county]\n"
              "      [--json | -o FILE.csv|FILE.xlsx|FILE.pdf|FILE.odt]\n"
              "                                     the round's submitted and approved checks ranked, or\n"
              "                                     rolled up by street or county (mean, median, grades);\n"
              "                                     .pdf/.odt: the round summary for the county leader\n"
              "                                     (ranking, roll-up, most failed indicators, bottom line)\n"
              "  problems ASSESSMENT [--json]       the problem list, time-bound (限时解决) first\n"
              "  bundle export -o FILE.ccbundle (ASSESSMENT… | --round LABEL [--county NAME])\n"
              "                                     the checks with their communities, sets, answers,\n"
              "                                     photos and audit trail, for another database\n"
              "  bundle import FILE [--dry-run] [--resolve ours|theirs] [--json]\n"
              "                                     what a bundle brings (--dry-run: only say it); with\n"
              "                                     conflicts and no --resolve nothing is imported (exit 1)\n"
              "  photos add ASSESSMENT INDICATOR FILE… [--caption TEXT]\n"
              "                                     attach photos (downscaled; EXIF time and GPS kept);\n"
              "                                     INDICATOR ESTATE/BUILDING/ITEM: of a building's ledger item\n"
              "  photos list ASSESSMENT [--json]    the photos of a check\n"
              "  report ASSESSMENT -o FILE.pdf|FILE.odt\n"
              "                                     the scored report (PDF), or its editable copy (ODT)\n"
              "  report --round LABEL [--county NAME] [--jobs N] -o DIR\n"
              "                                     one PDF per check of a round, N processes at once\n"
              "                                     (default: one per core), a progress line per report\n"
              "  report settings [--title T] [--issuing-unit U] [--signature LINE]… [--logo FILE|--no-logo]\n"
              "      [--json]                       show or change this database's report settings\n"
              "  checklist (ASSESSMENT | --community C --set CODE [--version V]) -o FILE.pdf\n"
              "                                     the blank paper checklist: the indicators in the entry\n"
              "                                     screen's order with tick boxes and blanks, the building-\n"
              "                                     ledger grid, notes and signatures\n"
              "  demands add --community C --text T [--task CODE] [--place P] [--source meeting|survey|hotline|grid]\n"
              "      [--date YYYY-MM-DD] [--support N] [--indicator CODE]…\n"
              "                                     add a resident proposal to the 需求清单; prints its ID\n"
              "  demands list [--community C] [--json]\n"
              "  demands import FILE.csv|FILE.xlsx  resident proposals (columns community, text; task, place,\n"
              "                                     source, date, support, indicator); all rows or none; rows\n"
              "                                     already stored are skipped\n"
              "  tallies import COMMUNITY FILE.csv|FILE.xlsx\n"
              "                                     survey tallies (columns item, mean, respondents; task,\n"
              "                                     indicator, date); all rows or none; rows already stored\n"
              "                                     are skipped\n"
              "  resources add --kind room|land|fund|operator --name N (--community C | --county NAME)\n"
              "      [--area M2] [--place P] [--owner O] [--amount WAN] [--year Y] [--note S]\n"
              "                                     add to the 资源清单; prints its ID\n"
              "  resources list [--county NAME] [--json]\n"
              "  resources import FILE.csv|FILE.xlsx\n"
              "                                     resources (columns kind, name, community or county; area,\n"
              "                                     place, owner, amount, year, note); all rows or none\n"
              "  prices set TEMPLATE UNIT_COST [--county NAME] [--note S]\n"
              "                                     the local unit cost (万元) of a project template\n"
              "  prices list [--json]\n"
              "  prices import FILE.csv|FILE.xlsx   unit costs (columns template, unit_cost; county, note);\n"
              "                                     all rows or none\n"
              "  projects generate ASSESSMENT [--json]\n"
              "                                     project candidates from the failed indicators and the\n"
              "                                     community's demands; never duplicates\n"
              "  projects list [--community C] [--county NAME] [--all] [--json]\n"
              "                                     the project list (--all: with obsolete candidates)\n"
              "  projects export -o FILE.csv|FILE.xlsx [--community C] [--county NAME] [--all]\n"
              "  projects accept PROJECT [--reason R] | projects reject PROJECT --reason R\n"
              "  projects edit PROJECT [--name N] [--scope S] [--quantity X] [--unit U] [--unit-cost WAN]\n"
              "      [--cost WAN] [--lead U] [--cooperating U]… [--implementer S] [--location S]\n"
              "      [--class 基础|完善|提升|管理] [--time-bound yes|no] [--deadline YYYY-MM-DD]\n"
              "      [--start-year Y] [--end-year Y] [--year-amount YEAR=WAN]… [--funding SOURCE=WAN]…\n"
              "      [--year Y] [--status S] [--resource ID]… [--reason R]\n"
              "                                     change a project (audited); --resource links 资源清单\n"
              "                                     entries; funding sources: central provincial local\n"
              "                                     special_bond department social residents (or 中央补助 …);\n"
              "                                     the parts and the year amounts add up to the cost\n"
              "  projects bundle --name N PROJECT PROJECT…\n"
              "                                     打包立项: one project with the others as sub-items\n"
              "  plan build --county NAME --year Y --budget WAN [--json] [-o FILE.pdf|FILE.csv|FILE.xlsx]\n"
              "                                     the annual plan: every 限时解决 project first (the\n"
              "                                     shortfall when they alone exceed the budget), then the\n"
              "                                     others by priority within the budget; measures apart\n"
              "  demo generate --communities N [--rounds R] [--seed S] [--set CODE]\n"
              "                                     fill the database with a synthetic province\n"
              "                                     (for benchmarks; deterministic for a seed)\n"
              "  server init [--demo]               (--db postgresql://USER@HOST:PORT/DB) create the county\n"
              "                                     server's schema and roles, install the default set; who\n"
              "                                     runs it is the first admin\n"
              "  server import FILE.sqlite [--json] move a county's database file (and its photos) into a\n"
              "                                     new server database, all or nothing; every table\n"
              "                                     counted and checksummed on both sides\n"
              "  server user add NAME --role assessor|reviewer|planner|admin [--county NAME]\n"
              "                                     give NAME a role on the server (a new user gets a first\n"
              "                                     password, printed once)\n"
              "  server user list [--json]          the users added and their roles\n"
              "\n"
              "ASSESSMENT and PROJECT are an ID or at least its first 8 characters.\n"
              "\n"
              "Options:\n"
              "  --db FILE     the database (default: %1), or a county server:\n"
              "                postgresql://USER@HOST:PORT/DB (password from ~/.pgpass or PGPASSFILE)\n"
              "  --lang L      output language, zh_CN (default) or en\n"
              "  --user NAME   who acts, for the audit trail\n"
              "  --version     print the version and the licence\n"
              "  -h, --help    print this help\n"
              "\n"
              "Exit status: 0 success, 1 the operation failed, 2 usage error.\n")
        .arg(QDir::toNativeSeparators(homeAsTilde(appenv::defaultDatabasePath())));
}

int Cli::usageError(const QString& message, const QString& command)
{
    const QString where = command.isEmpty() ? QString() : command + QStringLiteral(": ");
    m_err << "error: " << where << message << '\n';
    m_err << tr("Run `communitycheck-cli --help` for usage.") << '\n';
    m_err.flush();
    return Usage;
}

int Cli::fail(const cc::Error& error)
{
    m_err << "error: " << oneLine(error.message) << '\n'; // one line, whatever a file name holds
    if (!error.detail.isEmpty())
        m_err << error.detail << '\n';
    m_err.flush();
    return Failure;
}

void Cli::warn(const QString& message)
{
    m_err << "warning: " << oneLine(message) << '\n';
    m_err.flush();
}

std::optional<double> Cli::numberOption(const CommandLine& cl, const QString& name, QString& error)
{
    if (!cl.has(name))
        return std::nullopt;
    const QString text = cl.value(name).trimmed();
    const auto value = cc::parseDecimal(text);
    if (!value)
        error = tr("--%1 must be a number, not \"%2\"").arg(name, text);
    return value;
}

void Cli::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

std::optional<cc::Assessment> Cli::openAndResolve(const QString& idOrPrefix)
{
    if (!openWorkspace(false))
        return std::nullopt;
    auto assessment = m_workspace->assessments().resolve(idOrPrefix);
    if (!assessment) {
        fail(assessment.error());
        return std::nullopt;
    }
    return *assessment;
}

bool Cli::openWorkspace(bool create, bool alreadyChecked)
{
    using Mode = cc::Workspace::OpenMode;
    auto workspace = cc::Workspace::open(
        m_dbPath, create ? Mode::CreateIfMissing : (alreadyChecked ? Mode::MustExistChecked : Mode::MustExist), m_user);
    if (!workspace) {
        fail(workspace.error());
        return false;
    }
    m_workspace = std::move(workspace).value();
    return true;
}

int Cli::run(QStringList arguments)
{
    QMap<QString, QString> globals;
    if (const auto problem =
            CommandLine::extractGlobals(arguments,
                                        {QStringLiteral("help"), QStringLiteral("version")},
                                        {QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("user")},
                                        globals))
        return usageError(*problem);

    // Language first, so that every later message is in it. The system locale never decides.
    QString language = appenv::normalizeLanguage(settings::language.value());
    if (globals.contains(QStringLiteral("lang"))) {
        language = appenv::normalizeLanguage(globals.value(QStringLiteral("lang")));
        if (language.isEmpty())
            return usageError(
                tr("unknown language \"%1\" (use zh_CN or en)").arg(globals.value(QStringLiteral("lang"))));
    }
    m_language = language.isEmpty() ? QStringLiteral("zh_CN") : language;
    appenv::installTranslations(*QCoreApplication::instance(), m_language);

    if (globals.contains(QStringLiteral("version"))) {
        // GNU style: the name and version, then the licence.
        m_out << "communitycheck-cli (CommunityCheck) " << QCoreApplication::applicationVersion() << '\n'
              << tr("Licence GPL-3.0-or-later: <https://www.gnu.org/licenses/gpl-3.0.html>.") << '\n'
              << tr("This is free software: you are free to change and redistribute it. There is NO WARRANTY, to "
                    "the extent permitted by law.")
              << '\n';
        return Success;
    }
    if (globals.contains(QStringLiteral("help")) || arguments.value(0) == u"help") {
        if (arguments.value(0) == u"help")
            arguments.removeFirst();
        m_out << commandHelp(arguments);
        return Success;
    }
    if (arguments.isEmpty())
        return usageError(tr("no command given"));

    m_dbPath = globals.value(QStringLiteral("db"), appenv::defaultDatabasePath());
    m_user = appenv::userName(globals.value(QStringLiteral("user")));

    const QString group = arguments.takeFirst();
    const std::map<QString, std::map<QString, Handler>> commands {
        {QStringLiteral("sets"),
         {{QStringLiteral("import"), [this](const QStringList& t) { return cmdSetsImport(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdSetsList(t); }},
          {QStringLiteral("export"), [this](const QStringList& t) { return cmdSetsExport(t); }}}},
        {QStringLiteral("communities"),
         {{QStringLiteral("add"), [this](const QStringList& t) { return cmdCommunitiesAdd(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdCommunitiesList(t); }},
          {QStringLiteral("import"), [this](const QStringList& t) { return cmdCommunitiesImport(t); }}}},
        {QStringLiteral("buildings"),
         {{QStringLiteral("import"), [this](const QStringList& t) { return cmdBuildingsImport(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdBuildingsList(t); }}}},
        {QStringLiteral("ledger"),
         {{QStringLiteral("import"), [this](const QStringList& t) { return cmdLedgerImport(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdLedgerList(t); }}}},
        {QStringLiteral("export"),
         {{QStringLiteral("national"), [this](const QStringList& t) { return cmdExportNational(t); }}}},
        {QStringLiteral("demo"),
         {{QStringLiteral("generate"), [this](const QStringList& t) { return cmdDemoGenerate(t); }}}},
        {QStringLiteral("photos"),
         {{QStringLiteral("add"), [this](const QStringList& t) { return cmdPhotosAdd(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdPhotosList(t); }}}},
        {QStringLiteral("responses"),
         {{QStringLiteral("import"), [this](const QStringList& t) { return cmdResponsesImport(t); }}}},
        {QStringLiteral("projects"),
         {{QStringLiteral("generate"), [this](const QStringList& t) { return cmdProjectsGenerate(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdProjectsList(t); }},
          {QStringLiteral("export"), [this](const QStringList& t) { return cmdProjectsExport(t); }},
          {QStringLiteral("accept"), [this](const QStringList& t) { return cmdProjectsDecide(t, true); }},
          {QStringLiteral("reject"), [this](const QStringList& t) { return cmdProjectsDecide(t, false); }},
          {QStringLiteral("edit"), [this](const QStringList& t) { return cmdProjectsEdit(t); }},
          {QStringLiteral("bundle"), [this](const QStringList& t) { return cmdProjectsBundle(t); }}}},
        {QStringLiteral("demands"),
         {{QStringLiteral("add"), [this](const QStringList& t) { return cmdDemandsAdd(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdDemandsList(t); }},
          {QStringLiteral("import"), [this](const QStringList& t) { return cmdListImport(t, u"demands"); }}}},
        {QStringLiteral("tallies"),
         {{QStringLiteral("import"), [this](const QStringList& t) { return cmdTalliesImport(t); }}}},
        {QStringLiteral("resources"),
         {{QStringLiteral("add"), [this](const QStringList& t) { return cmdResourcesAdd(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdResourcesList(t); }},
          {QStringLiteral("import"), [this](const QStringList& t) { return cmdListImport(t, u"resources"); }}}},
        {QStringLiteral("prices"),
         {{QStringLiteral("set"), [this](const QStringList& t) { return cmdPricesSet(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdPricesList(t); }},
          {QStringLiteral("import"), [this](const QStringList& t) { return cmdListImport(t, u"prices"); }}}},
        {QStringLiteral("plan"), {{QStringLiteral("build"), [this](const QStringList& t) { return cmdPlanBuild(t); }}}},
        {QStringLiteral("server"),
         {{QStringLiteral("init"), [this](const QStringList& t) { return cmdServerInit(t); }},
          {QStringLiteral("import"), [this](const QStringList& t) { return cmdServerImport(t); }},
          {QStringLiteral("user"), [this](const QStringList& t) { return cmdServerUser(t); }}}},
        {QStringLiteral("bundle"),
         {{QStringLiteral("export"), [this](const QStringList& t) { return cmdBundleExport(t); }},
          {QStringLiteral("import"), [this](const QStringList& t) { return cmdBundleImport(t); }}}},
        {QStringLiteral("assessments"),
         {{QStringLiteral("new"), [this](const QStringList& t) { return cmdAssessmentsNew(t); }},
          {QStringLiteral("edit"), [this](const QStringList& t) { return cmdAssessmentsEdit(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdAssessmentsList(t); }},
          {QStringLiteral("submit"),
           [this](const QStringList& t) { return cmdAssessmentsReview(t, ReviewStep::Submit); }},
          {QStringLiteral("approve"),
           [this](const QStringList& t) { return cmdAssessmentsReview(t, ReviewStep::Approve); }},
          {QStringLiteral("return"),
           [this](const QStringList& t) { return cmdAssessmentsReview(t, ReviewStep::Return); }}}},
    };
    const std::map<QString, Handler> singles {
        {QStringLiteral("init"), [this](const QStringList& t) { return cmdInit(t); }},
        {QStringLiteral("upgrade"), [this](const QStringList& t) { return cmdUpgrade(t); }},
        {QStringLiteral("backup"), [this](const QStringList& t) { return cmdBackup(t); }},
        {QStringLiteral("restore"), [this](const QStringList& t) { return cmdRestore(t); }},
        {QStringLiteral("check"), [this](const QStringList& t) { return cmdCheck(t); }},
        {QStringLiteral("score"), [this](const QStringList& t) { return cmdScore(t); }},
        {QStringLiteral("problems"), [this](const QStringList& t) { return cmdProblems(t); }},
        {QStringLiteral("report"), [this](const QStringList& t) { return cmdReport(t); }},
        {QStringLiteral("checklist"), [this](const QStringList& t) { return cmdChecklist(t); }},
        {QStringLiteral("scores"), [this](const QStringList& t) { return cmdScores(t); }},
    };
    if (const auto single = singles.find(group); single != singles.end()) {
        m_command = group;
        return single->second(arguments);
    }
    const auto it = commands.find(group);
    if (it == commands.end())
        return usageError(tr("unknown command \"%1\"").arg(group));
    if (arguments.isEmpty()) {
        QStringList names;
        for (const auto& entry : it->second)
            names.append(entry.first);
        return usageError(tr("which one? %1").arg(names.join(QStringLiteral(", "))), group);
    }
    const QString sub = arguments.takeFirst();
    const auto handler = it->second.find(sub);
    if (handler == it->second.end())
        return usageError(tr("unknown subcommand \"%1\"").arg(sub), group);
    m_command = group + u' ' + sub;
    return handler->second(arguments);
}

int Cli::cmdInit(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("demo")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    const bool existed = QFileInfo::exists(m_dbPath);
    if (!openWorkspace(true))
        return Failure;
    m_out << (cc::ServerAddress::isServerAddress(m_dbPath) ? tr("Server database ready: %1 (schema %2)")
                  : existed                                ? tr("Database ready: %1 (schema %2)")
                                                           : tr("Database created: %1 (schema %2)"))
                 .arg(QDir::toNativeSeparators(m_dbPath))
                 .arg(m_workspace->facts().schemaVersion)
          << '\n';
    if (const QString backup = m_workspace->facts().lastBackupPath; !backup.isEmpty())
        m_out << tr("Backup before the upgrade: %1").arg(shownPath(backup)) << '\n';

    const QByteArray builtin = appenv::builtinSetJson();
    if (builtin.isEmpty())
        return fail(cc::makeError(cc::ErrorCode::Io, tr("The built-in indicator set is missing from this build.")));
    auto installed = m_workspace->sets().installBuiltin(builtin);
    if (!installed)
        return fail(installed.error());
    m_out << (installed->created ? tr("Default indicator set installed: %1 %2")
                                 : tr("Default indicator set already present: %1 %2"))
                 .arg(installed->code, installed->version)
          << '\n';

    if (cl.has(QStringLiteral("demo"))) {
        auto demo = cc::DemoData::install(*m_workspace, installed->code);
        if (!demo)
            return fail(demo.error());
        if (demo->communitiesAdded == 0)
            m_out << tr("Demo data already present.") << '\n';
        else
            m_out << tr("Demo data added: %1 communities with %2 checks.")
                         .arg(demo->communitiesAdded)
                         .arg(demo->assessmentsAdded)
                  << '\n';
    }
    return Success;
}
