// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/cli/CommandLine.h"
#include "app/cli/TextTable.h"
#include "app/common/AppEnvironment.h"
#include "app/common/Settings.h"
#include "app/render/PhotoImporter.h"
#include "core/domain/ResponseRules.h"
#include "core/report/ScoreJson.h"
#include "core/services/DemoData.h"
#include "core/services/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>
#include <tuple>

namespace {

QJsonValue optionalNumber(const std::optional<qint64>& v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

Cli::~Cli() = default;

QString Cli::usageText() const
{
    return tr("Usage: communitycheck-cli [--db FILE] [--lang zh_CN|en] [--user NAME] COMMAND …\n"
              "\n"
              "Commands:\n"
              "  init [--demo]                      create or upgrade the database, install the default set;\n"
              "                                     --demo adds sample communities with completed checks\n"
              "  sets import FILE                   import an indicator set (JSON); prints CODE VERSION\n"
              "  sets list [--json]                 list the stored indicator-set versions\n"
              "  sets export CODE [--version V] -o FILE\n"
              "                                     write a stored set back as JSON\n"
              "  communities add --code C --name N --type T [--households N] [--buildings N]\n"
              "      [--population N] [--area-ha X] [--city S] [--county S] [--street S]\n"
              "      [--build-year Y] [--pilot] [--latitude X] [--longitude X]\n"
              "                                     add a community to the register\n"
              "  communities list [--json]          list the register\n"
              "  assessments new --community C --set CODE [--version V] [--round LABEL] [--assessor NAME]…\n"
              "      [--from-previous]              start a check; prints its ID (--from-previous: copy the\n"
              "                                     earlier round's values, marked as carried over)\n"
              "  assessments list [--community C] [--json]\n"
              "                                     list checks\n"
              "  responses import ASSESSMENT FILE.csv\n"
              "                                     import answers (columns indicator, value, note;\n"
              "                                     UTF-8 or GB18030); all rows or none\n"
              "  score ASSESSMENT [--json]          the score tree, grade, coverage, bottom-line failures\n"
              "  problems ASSESSMENT [--json]       the problem list, time-bound (限时解决) first\n"
              "  photos add ASSESSMENT INDICATOR FILE… [--caption TEXT]\n"
              "                                     attach photos (downscaled; EXIF time and GPS kept)\n"
              "  photos list ASSESSMENT [--json]    the photos of a check\n"
              "  report ASSESSMENT -o FILE.pdf|FILE.odt\n"
              "                                     the scored report (PDF), or its editable copy (ODT)\n"
              "  report --round LABEL [--county NAME] [--jobs N] -o DIR\n"
              "                                     one PDF per check of a round, N processes at once\n"
              "                                     (default: one per core), a progress line per report\n"
              "  report settings [--title T] [--issuing-unit U] [--signature LINE]… [--logo FILE|--no-logo]\n"
              "      [--json]                       show or change this database's report settings\n"
              "  demands add --community C --text T [--task CODE] [--place P] [--source meeting|survey|hotline|grid]\n"
              "      [--date YYYY-MM-DD] [--support N] [--indicator CODE]…\n"
              "                                     add a resident proposal to the 需求清单; prints its ID\n"
              "  demands list [--community C] [--json]\n"
              "  tallies import COMMUNITY FILE.csv  survey tallies (columns item, mean, respondents; task,\n"
              "                                     indicator, date); all rows or none\n"
              "  resources add --kind room|land|fund|operator --name N (--community C | --county NAME)\n"
              "      [--area M2] [--place P] [--owner O] [--amount WAN] [--year Y] [--note S]\n"
              "                                     add to the 资源清单; prints its ID\n"
              "  resources list [--county NAME] [--json]\n"
              "  prices set TEMPLATE UNIT_COST [--county NAME] [--note S]\n"
              "                                     the local unit cost (万元) of a project template\n"
              "  prices list [--json]\n"
              "  projects generate ASSESSMENT [--json]\n"
              "                                     project candidates from the failed indicators and the\n"
              "                                     community's demands; never duplicates\n"
              "  projects list [--community C] [--county NAME] [--all] [--json]\n"
              "                                     the project list (--all: with obsolete candidates)\n"
              "  projects export -o FILE.csv|FILE.xlsx [--community C] [--county NAME] [--all]\n"
              "  projects accept PROJECT [--reason R] | projects reject PROJECT --reason R\n"
              "  projects edit PROJECT [--name N] [--scope S] [--quantity X] [--unit U] [--unit-cost WAN]\n"
              "      [--cost WAN] [--responsible U] [--class 基础|完善|提升|管理] [--time-bound yes|no]\n"
              "      [--year Y] [--status S] [--resource ID]… [--reason R]\n"
              "                                     change a project (audited); --resource links 资源清单 entries\n"
              "  projects bundle --name N PROJECT PROJECT…\n"
              "                                     打包立项: one project with the others as sub-items\n"
              "  plan build --county NAME --year Y --budget WAN [--json] [-o FILE.pdf|FILE.csv|FILE.xlsx]\n"
              "                                     the annual plan: accepted projects by priority within\n"
              "                                     the budget; what is deferred and why\n"
              "  demo generate --communities N [--rounds R] [--seed S] [--set CODE]\n"
              "                                     fill the database with a synthetic province\n"
              "                                     (for benchmarks; deterministic for a seed)\n"
              "\n"
              "ASSESSMENT and PROJECT are an ID or at least its first 8 characters.\n"
              "\n"
              "Options:\n"
              "  --db FILE     the database (default: %1)\n"
              "  --lang L      output language, zh_CN (default) or en\n"
              "  --user NAME   who acts, for the audit trail\n"
              "  --version     print the version\n"
              "  --help        print this help\n"
              "\n"
              "Exit status: 0 success, 1 the operation failed, 2 usage error.\n")
        .arg(QDir::toNativeSeparators(appenv::defaultDatabasePath()));
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
    m_err << "error: " << error.message << '\n';
    if (!error.detail.isEmpty())
        m_err << error.detail << '\n';
    m_err.flush();
    return Failure;
}

void Cli::warn(const QString& message)
{
    m_err << "warning: " << message << '\n';
    m_err.flush();
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
        m_out << "communitycheck-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (globals.contains(QStringLiteral("help")) || arguments.value(0) == u"help") {
        m_out << usageText();
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
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdCommunitiesList(t); }}}},
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
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdDemandsList(t); }}}},
        {QStringLiteral("tallies"),
         {{QStringLiteral("import"), [this](const QStringList& t) { return cmdTalliesImport(t); }}}},
        {QStringLiteral("resources"),
         {{QStringLiteral("add"), [this](const QStringList& t) { return cmdResourcesAdd(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdResourcesList(t); }}}},
        {QStringLiteral("prices"),
         {{QStringLiteral("set"), [this](const QStringList& t) { return cmdPricesSet(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdPricesList(t); }}}},
        {QStringLiteral("plan"), {{QStringLiteral("build"), [this](const QStringList& t) { return cmdPlanBuild(t); }}}},
        {QStringLiteral("assessments"),
         {{QStringLiteral("new"), [this](const QStringList& t) { return cmdAssessmentsNew(t); }},
          {QStringLiteral("list"), [this](const QStringList& t) { return cmdAssessmentsList(t); }}}},
    };
    const std::map<QString, Handler> singles {
        {QStringLiteral("init"), [this](const QStringList& t) { return cmdInit(t); }},
        {QStringLiteral("score"), [this](const QStringList& t) { return cmdScore(t); }},
        {QStringLiteral("problems"), [this](const QStringList& t) { return cmdProblems(t); }},
        {QStringLiteral("report"), [this](const QStringList& t) { return cmdReport(t); }},
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
    m_out << (existed ? tr("Database ready: %1 (schema %2)") : tr("Database created: %1 (schema %2)"))
                 .arg(QDir::toNativeSeparators(m_dbPath))
                 .arg(m_workspace->schemaVersion())
          << '\n';
    if (const QString backup = m_workspace->lastBackupPath(); !backup.isEmpty())
        m_out << tr("Backup before the upgrade: %1").arg(QDir::toNativeSeparators(backup)) << '\n';

    const QByteArray builtin = appenv::builtinSetJson();
    if (builtin.isEmpty())
        return fail(cc::makeError(cc::ErrorCode::Io, tr("The built-in indicator set is missing from this build.")));
    auto installed = m_workspace->installBuiltinSet(builtin);
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

int Cli::cmdSetsImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto outcome = m_workspace->sets().importFile(cl.args().at(0));
    if (!outcome)
        return fail(outcome.error());
    m_out << outcome->code << ' ' << outcome->version << '\n';
    if (!outcome->created)
        warn(tr("%1 %2 was already stored with the same content; nothing changed.")
                 .arg(outcome->code, outcome->version));
    return Success;
}

int Cli::cmdSetsList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto sets = m_workspace->sets().list();
    if (!sets)
        return fail(sets.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& s : *sets) {
            array.append(QJsonObject {{QStringLiteral("code"), s.code},
                                      {QStringLiteral("version"), s.version},
                                      {QStringLiteral("name"), s.nameZh},
                                      {QStringLiteral("name_en"), s.nameEn},
                                      {QStringLiteral("indicators"), s.indicatorCount},
                                      {QStringLiteral("id"), s.id.toString()},
                                      {QStringLiteral("builtin"), s.builtin},
                                      {QStringLiteral("imported_at"), isoUtc(s.importedAt)}});
        }
        printJson(QJsonDocument(array));
        return Success;
    }
    TextTable table({tr("Code"), tr("Version"), tr("Indicators"), tr("Name")});
    for (const auto& s : *sets) {
        table.addRow({s.code,
                      s.version,
                      QString::number(s.indicatorCount),
                      m_language == u"en" && !s.nameEn.isEmpty() ? s.nameEn : s.nameZh});
    }
    table.print(m_out);
    return Success;
}

int Cli::cmdSetsExport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("version"), QStringLiteral("o")}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("o")))
        return usageError(tr("say where to write the set with -o FILE"), m_command);
    if (!openWorkspace(false))
        return Failure;
    const QString code = cl.args().at(0);
    auto record = m_workspace->sets().find(code, cl.value(QStringLiteral("version")));
    if (!record)
        return fail(record.error());
    if (auto written = m_workspace->sets().exportToFile(record->code, record->version, cl.value(QStringLiteral("o")));
        !written)
        return fail(written.error());
    m_out << tr("Written %1 %2 to %3")
                 .arg(record->code, record->version, QDir::toNativeSeparators(cl.value(QStringLiteral("o"))))
          << '\n';
    return Success;
}

int Cli::cmdCommunitiesAdd(const QStringList& tokens)
{
    CommandLine cl;
    const CommandLine::Spec spec {{QStringLiteral("pilot")},
                                  {QStringLiteral("code"),
                                   QStringLiteral("name"),
                                   QStringLiteral("type"),
                                   QStringLiteral("households"),
                                   QStringLiteral("buildings"),
                                   QStringLiteral("population"),
                                   QStringLiteral("area-ha"),
                                   QStringLiteral("city"),
                                   QStringLiteral("county"),
                                   QStringLiteral("street"),
                                   QStringLiteral("build-year"),
                                   QStringLiteral("latitude"),
                                   QStringLiteral("longitude"),
                                   QStringLiteral("note")},
                                  {},
                                  0,
                                  0};
    if (const auto problem = cl.parse(tokens, spec))
        return usageError(*problem, m_command);
    for (const char* required : {"code", "name", "type"}) {
        if (!cl.has(QString::fromLatin1(required)))
            return usageError(tr("the option --%1 is required").arg(QString::fromLatin1(required)), m_command);
    }
    cc::Community c;
    c.code = cl.value(QStringLiteral("code")).trimmed();
    c.name = cl.value(QStringLiteral("name")).trimmed();
    c.type = cl.value(QStringLiteral("type")).trimmed();
    c.city = cl.value(QStringLiteral("city")).trimmed();
    c.county = cl.value(QStringLiteral("county")).trimmed();
    c.street = cl.value(QStringLiteral("street")).trimmed();
    c.note = cl.value(QStringLiteral("note"));
    c.pilot = cl.has(QStringLiteral("pilot"));
    // Counts are whole numbers; a value that is not one is a usage error naming the option.
    const auto integer = [&](const char* name, std::optional<qint64>& target) -> bool {
        const QString option = QString::fromLatin1(name);
        if (!cl.has(option))
            return true;
        bool ok = false;
        const qint64 v = cl.value(option).trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        target = v;
        return true;
    };
    const auto real = [&](const char* name, std::optional<double>& target) -> bool {
        const QString option = QString::fromLatin1(name);
        if (!cl.has(option))
            return true;
        bool ok = false;
        const double v = cl.value(option).trimmed().toDouble(&ok);
        if (!ok)
            return false;
        target = v;
        return true;
    };
    for (const auto& [name, field] : {std::pair<const char*, std::optional<qint64>*> {"households", &c.households},
                                      {"buildings", &c.buildings},
                                      {"population", &c.population}}) {
        if (!integer(name, *field))
            return usageError(tr("--%1 must be a whole number, not \"%2\"")
                                  .arg(QString::fromLatin1(name), cl.value(QString::fromLatin1(name))),
                              m_command);
    }
    for (const auto& [name, field] : {std::pair<const char*, std::optional<double>*> {"area-ha", &c.areaHa},
                                      {"latitude", &c.latitude},
                                      {"longitude", &c.longitude}}) {
        if (!real(name, *field))
            return usageError(tr("--%1 must be a number, not \"%2\"")
                                  .arg(QString::fromLatin1(name), cl.value(QString::fromLatin1(name))),
                              m_command);
    }
    std::optional<qint64> year;
    if (!integer("build-year", year))
        return usageError(tr("--%1 must be a whole number, not \"%2\"")
                              .arg(QStringLiteral("build-year"), cl.value(QStringLiteral("build-year"))),
                          m_command);
    if (year)
        c.buildYear = static_cast<int>(*year);

    if (!openWorkspace(false))
        return Failure;
    auto saved = m_workspace->communities().add(c);
    if (!saved)
        return fail(saved.error());
    for (const QString& warning : saved->warnings)
        warn(warning);
    m_out << saved->community.id.toString() << '\n';
    return Success;
}

int Cli::cmdCommunitiesList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto communities = m_workspace->communities().list();
    if (!communities)
        return fail(communities.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const cc::Community& c : *communities) {
            array.append(QJsonObject {
                {QStringLiteral("code"), c.code},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("type"), c.type},
                {QStringLiteral("city"), c.city},
                {QStringLiteral("county"), c.county},
                {QStringLiteral("street"), c.street},
                {QStringLiteral("households"), optionalNumber(c.households)},
                {QStringLiteral("buildings"), optionalNumber(c.buildings)},
                {QStringLiteral("population"), optionalNumber(c.population)},
                {QStringLiteral("area_ha"), optionalNumber(c.areaHa)},
                {QStringLiteral("pilot"), c.pilot},
                {QStringLiteral("id"), c.id.toString()},
                {QStringLiteral("build_year"), c.buildYear ? QJsonValue(*c.buildYear) : QJsonValue(QJsonValue::Null)},
            });
        }
        printJson(QJsonDocument(array));
        return Success;
    }
    TextTable table({tr("Code"), tr("Name"), tr("Type"), tr("County"), tr("Street"), tr("Households"), tr("Pilot")});
    for (const cc::Community& c : *communities) {
        table.addRow({c.code,
                      c.name,
                      c.type,
                      c.county,
                      c.street,
                      c.households ? QString::number(*c.households) : QStringLiteral("-"),
                      c.pilot ? tr("yes") : QString()});
    }
    table.print(m_out);
    return Success;
}

int Cli::cmdAssessmentsNew(const QStringList& tokens)
{
    CommandLine cl;
    const CommandLine::Spec spec {{QStringLiteral("from-previous")},
                                  {QStringLiteral("community"),
                                   QStringLiteral("set"),
                                   QStringLiteral("version"),
                                   QStringLiteral("round"),
                                   QStringLiteral("assessor")},
                                  {QStringLiteral("assessor")},
                                  0,
                                  0};
    if (const auto problem = cl.parse(tokens, spec))
        return usageError(*problem, m_command);
    for (const char* required : {"community", "set"}) {
        if (!cl.has(QString::fromLatin1(required)))
            return usageError(tr("the option --%1 is required").arg(QString::fromLatin1(required)), m_command);
    }
    cc::NewAssessment request;
    request.communityCode = cl.value(QStringLiteral("community"));
    request.setCode = cl.value(QStringLiteral("set"));
    request.setVersion = cl.value(QStringLiteral("version"));
    request.assessors = cl.values(QStringLiteral("assessor"));
    request.copyFromPrevious = cl.has(QStringLiteral("from-previous"));
    if (cl.has(QStringLiteral("round"))) {
        request.round = cc::Round::parse(cl.value(QStringLiteral("round")));
        if (!request.round)
            return usageError(tr("the round \"%1\" must begin with a year, e.g. \"2025 体检\"")
                                  .arg(cl.value(QStringLiteral("round"))),
                              m_command);
    }
    if (!openWorkspace(false))
        return Failure;
    auto created = m_workspace->assessments().create(request);
    if (!created)
        return fail(created.error());
    for (const QString& warning : created->warnings)
        warn(warning);
    if (request.copyFromPrevious && !created->previous)
        warn(tr("%1 has no check of an earlier year; the new check starts empty.").arg(request.communityCode));
    else if (request.copyFromPrevious)
        warn(tr("%n value(s) carried over from the earlier round; confirm them before submitting.",
                nullptr,
                created->carriedOver));
    m_out << created->assessment.id.toString() << '\n';
    return Success;
}

int Cli::cmdAssessmentsList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {QStringLiteral("community")}, {}, 0, 0}))
        return usageError(*problem, m_command);
    if (!openWorkspace(false))
        return Failure;
    auto assessments = m_workspace->assessments().list(cl.value(QStringLiteral("community")));
    if (!assessments)
        return fail(assessments.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const cc::Assessment& a : *assessments) {
            array.append(QJsonObject {
                {QStringLiteral("id"), a.id.toString()},
                {QStringLiteral("community"), a.communityCode},
                {QStringLiteral("community_name"), a.communityName},
                {QStringLiteral("set"),
                 QJsonObject {{QStringLiteral("code"), a.setCode}, {QStringLiteral("version"), a.setVersion}}},
                {QStringLiteral("round"), a.round.toString()},
                {QStringLiteral("round_year"), a.round.year},
                {QStringLiteral("status"), cc::toString(a.status)},
                {QStringLiteral("assessors"), QJsonArray::fromStringList(a.assessors)},
                {QStringLiteral("updated_at"), isoUtc(a.updatedAt)},
            });
        }
        printJson(QJsonDocument(array));
        return Success;
    }
    TextTable table({tr("ID"), tr("Community"), tr("Round"), tr("Set"), tr("Status"), tr("Updated")});
    for (const cc::Assessment& a : *assessments) {
        table.addRow({a.id.toString(),
                      a.communityCode + u' ' + a.communityName,
                      a.round.toString(),
                      a.setCode + u' ' + a.setVersion,
                      cc::AssessmentService::statusName(a.status),
                      a.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    table.print(m_out);
    return Success;
}

int Cli::cmdResponsesImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 2, 2}))
        return usageError(*problem, m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    const QString path = cl.args().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(cc::makeError(cc::ErrorCode::Io,
                                  tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    auto imported =
        m_workspace->assessments().importResponses(assessment->id, file.readAll(), QFileInfo(path).fileName());
    if (!imported)
        return fail(imported.error());
    m_out << tr("%n answers imported into %1 (%2, %3).", nullptr, *imported)
                 .arg(assessment->id.toString(), assessment->communityName, assessment->round.toString())
          << '\n';
    return Success;
}

int Cli::cmdScore(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    auto scored = m_workspace->assessments().score(assessment->id);
    if (!scored)
        return fail(scored.error());
    const cc::scoring::Score& score = scored->score;
    if (cl.has(QStringLiteral("json"))) {
        printJson(QJsonDocument(cc::report::scoreToJson(scored->assessment, scored->community, *scored->set, score)));
        return Success;
    }
    const auto oneDecimal = [](const std::optional<double>& v) {
        return v ? QString::number(cc::scoring::round1(*v), 'f', 1) : QStringLiteral("-");
    };
    const auto text = [this](const cc::LocalizedText& t) { return t.text(m_language); };
    m_out << scored->community.name << " (" << scored->community.code << ")  " << scored->assessment.round.toString()
          << "  " << scored->set->code << ' ' << scored->set->version << '\n';
    m_out << tr("Overall score: %1").arg(oneDecimal(score.overall)) << "   "
          << tr("Grade: %1").arg(score.grade ? text(score.grade->label) : QStringLiteral("-")) << "   "
          << tr("Coverage: %1")
                 .arg(score.coverage
                          ? QString::number(std::floor(*score.coverage * 1000 + 0.5) / 10, 'f', 1) + QStringLiteral("%")
                          : QStringLiteral("-"))
          << '\n';
    if (score.capped)
        m_out << tr("Grade capped at %1 by failed bottom-line indicators (computed: %2).")
                     .arg(text(score.grade->label), text(score.computedGrade->label))
              << '\n';
    QStringList failures;
    for (const cc::Indicator* ind : score.bottomLineFailures)
        failures << ind->code + u' ' + text(ind->name);
    m_out << tr("Bottom-line failures: %1").arg(failures.isEmpty() ? tr("none") : failures.join(QStringLiteral("; ")))
          << "\n\n";

    const auto statusText = [](cc::scoring::Status s) {
        switch (s) {
        case cc::scoring::Status::Pass:
            return tr("pass");
        case cc::scoring::Status::Fail:
            return tr("FAIL");
        case cc::scoring::Status::NotApplicable:
            return tr("n/a");
        case cc::scoring::Status::Unanswered:
            return tr("unanswered");
        case cc::scoring::Status::Info:
            return tr("info");
        }
        return QString();
    };
    TextTable table({tr("Code"), tr("Name"), tr("Score"), tr("Status")});
    // Groups with their indicators beneath, in set order.
    std::function<void(const cc::scoring::GroupResult&, int)> walk = [&](const cc::scoring::GroupResult& g, int depth) {
        const QString indent(depth * 2, u' ');
        table.addRow({indent + g.group->code, text(g.group->name), oneDecimal(g.score), QString()});
        for (const cc::scoring::GroupResult& child : g.groups)
            walk(child, depth + 1);
        for (const cc::Indicator& ind : g.group->indicators) {
            const cc::scoring::IndicatorResult* r = score.result(ind.code);
            QString status = statusText(r->status);
            if (!r->reason.isEmpty())
                status += QStringLiteral(" (") + r->reason + u')';
            table.addRow({indent + QStringLiteral("  ") + ind.code, text(ind.name), oneDecimal(r->score), status});
        }
    };
    for (const cc::scoring::GroupResult& g : score.groups)
        walk(g, 0);
    table.print(m_out);
    return Success;
}

int Cli::cmdProblems(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    auto scored = m_workspace->assessments().score(assessment->id);
    if (!scored)
        return fail(scored.error());
    if (cl.has(QStringLiteral("json"))) {
        printJson(QJsonDocument(cc::report::problemsToJson(scored->score)));
        return Success;
    }
    const auto text = [this](const cc::LocalizedText& t) { return t.text(m_language); };
    TextTable table(
        {tr("Code"), tr("Name"), tr("Value"), tr("Score"), tr("Category"), tr("Severity"), tr("Responsible units")});
    for (const cc::scoring::Problem& p : scored->score.problems) {
        QString value = cc::ResponseRules::toText(p.value);
        if (!p.indicator->unit.isEmpty() && std::holds_alternative<double>(p.value))
            value += u' ' + p.indicator->unit;
        table.addRow({p.indicator->code,
                      text(p.indicator->name),
                      value,
                      QString::number(cc::scoring::round1(p.score), 'f', 1),
                      text(p.category),
                      text(p.severity),
                      p.responsibleUnits.join(u'、')});
    }
    if (scored->score.problems.empty()) {
        m_out << tr("No problems: every scored indicator passes.") << '\n';
        return Success;
    }
    table.print(m_out);
    return Success;
}

int Cli::cmdDemoGenerate(const QStringList& tokens)
{
    CommandLine cl;
    const CommandLine::Spec spec {
        {},
        {QStringLiteral("communities"), QStringLiteral("rounds"), QStringLiteral("seed"), QStringLiteral("set")},
        {},
        0,
        0};
    if (const auto problem = cl.parse(tokens, spec))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("communities")))
        return usageError(tr("the option --%1 is required").arg(QStringLiteral("communities")), m_command);
    const auto number = [&](const QString& option, int fallback, int& out) {
        if (!cl.has(option)) {
            out = fallback;
            return true;
        }
        bool ok = false;
        out = cl.value(option).toInt(&ok);
        return ok && out >= 0;
    };
    int communities = 0;
    int rounds = 0;
    int seed = 0;
    for (const auto& [option, fallback, target] :
         {std::tuple<QString, int, int*> {QStringLiteral("communities"), 0, &communities},
          {QStringLiteral("rounds"), 1, &rounds},
          {QStringLiteral("seed"), 2025, &seed}}) {
        if (!number(option, fallback, *target))
            return usageError(tr("--%1 must be a whole number, not \"%2\"").arg(option, cl.value(option)), m_command);
    }
    if (!openWorkspace(false))
        return Failure;
    const QString setCode = cl.has(QStringLiteral("set")) ? cl.value(QStringLiteral("set")) : QStringLiteral("JX-HSQ");
    QElapsedTimer timer;
    timer.start();
    auto summary = cc::DemoData::generateProvince(
        *m_workspace, setCode, communities, rounds, static_cast<quint32>(seed), [this](int done, int total) {
            m_err << '\r' << tr("Generating: %1 of %2 communities").arg(done).arg(total);
            m_err.flush();
        });
    m_err << '\n';
    if (!summary)
        return fail(summary.error());
    m_out << tr("Generated %1 communities, %2 checks, %3 answers in %4 s.")
                 .arg(summary->communities)
                 .arg(summary->assessments)
                 .arg(summary->responses)
                 .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
          << '\n';
    return Success;
}

int Cli::cmdPhotosAdd(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("caption")}, {}, 3, 1000}))
        return usageError(*problem, m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    const QString code = cl.args().at(1);
    // Read every file first: one bad file adds none (all or nothing).
    std::vector<PhotoImporter::Imported> photos;
    for (const QString& path : cl.args().mid(2)) {
        auto imported = PhotoImporter::readFile(path, std::clamp(settings::photoLongestEdge.value(), 320, 8192));
        if (!imported)
            return fail(imported.error());
        for (const QString& warning : imported->warnings)
            warn(warning);
        imported->photo.indicatorCode = code;
        imported->photo.caption = cl.value(QStringLiteral("caption"));
        photos.push_back(std::move(imported).value());
    }
    // Every file was read and checked above; the photos are stored all or none.
    std::vector<cc::PhotoUpload> uploads(photos.begin(), photos.end());
    auto stored = m_workspace->photos().add(assessment->id, uploads);
    if (!stored)
        return fail(stored.error());
    for (const cc::Photo& p : *stored)
        m_out << p.id.toString() << ' ' << p.originalName << '\n';
    return Success;
}

int Cli::cmdPhotosList(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{QStringLiteral("json")}, {}, {}, 1, 1}))
        return usageError(*problem, m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    auto photos = m_workspace->photos().list(assessment->id);
    if (!photos)
        return fail(photos.error());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const cc::Photo& p : *photos) {
            array.append(
                QJsonObject {{QStringLiteral("id"), p.id.toString()},
                             {QStringLiteral("indicator"), p.indicatorCode},
                             {QStringLiteral("file"), p.originalName},
                             {QStringLiteral("caption"), p.caption},
                             {QStringLiteral("original_sha256"), p.originalSha256},
                             {QStringLiteral("stored_sha256"), p.storedSha256},
                             {QStringLiteral("original_size"), static_cast<double>(p.originalSize)},
                             {QStringLiteral("width"), p.width},
                             {QStringLiteral("height"), p.height},
                             {QStringLiteral("taken_at"),
                              p.takenAt.isValid() ? QJsonValue(p.takenAt.toString(Qt::ISODate)) : QJsonValue()},
                             {QStringLiteral("latitude"), optionalNumber(p.latitude)},
                             {QStringLiteral("longitude"), optionalNumber(p.longitude)}});
        }
        printJson(QJsonDocument(array));
        return Success;
    }
    TextTable table({tr("Indicator"), tr("File"), tr("Taken"), tr("Position"), tr("Caption")});
    for (const cc::Photo& p : *photos) {
        table.addRow(
            {p.indicatorCode,
             p.originalName,
             p.takenAt.isValid() ? p.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-"),
             p.latitude && p.longitude
                 ? QString::number(*p.latitude, 'f', 5) + QStringLiteral(", ") + QString::number(*p.longitude, 'f', 5)
                 : QStringLiteral("-"),
             p.caption});
    }
    table.print(m_out);
    return Success;
}
