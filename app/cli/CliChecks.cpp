// SPDX-License-Identifier: GPL-3.0-or-later
// Checks and their answers: `assessments new|edit|list`, `responses import`, `score`, `problems`,
// `photos add|list`, `demo generate`.
#include "app/cli/Cli.h"
#include "app/cli/CliOutput.h"
#include "app/common/Settings.h"
#include "app/render/PhotoImporter.h"
#include "core/domain/Ledger.h"
#include "core/domain/ResponseRules.h"
#include "core/report/ScoreJson.h"
#include "core/services/DemoData.h"
#include "core/services/Workspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>

int Cli::cmdAssessmentsNew(const QStringList& tokens)
{
    CommandLine cl;
    const CommandLine::Spec spec {{QStringLiteral("from-previous")},
                                  {QStringLiteral("community"),
                                   QStringLiteral("set"),
                                   QStringLiteral("version"),
                                   QStringLiteral("round"),
                                   QStringLiteral("assessor"),
                                   QStringLiteral("date")},
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
    if (cl.has(QStringLiteral("date"))) {
        request.checkDate = parseCheckDate(cl.value(QStringLiteral("date")));
        if (!request.checkDate.isValid())
            return usageError(tr("--date is YYYY-MM-DD, not \"%1\"").arg(cl.value(QStringLiteral("date"))), m_command);
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

QDate Cli::parseCheckDate(const QString& text)
{
    // Strictly YYYY-MM-DD: a date in any other form is more likely a slip than a choice.
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

int Cli::cmdAssessmentsEdit(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {QStringLiteral("date")}, {}, 1, 1}))
        return usageError(*problem, m_command);
    if (!cl.has(QStringLiteral("date")))
        return usageError(tr("the option --%1 is required").arg(QStringLiteral("date")), m_command);
    const QDate date = parseCheckDate(cl.value(QStringLiteral("date")));
    if (!date.isValid())
        return usageError(tr("--date is YYYY-MM-DD, not \"%1\"").arg(cl.value(QStringLiteral("date"))), m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    if (auto changed = m_workspace->assessments().setCheckDate(assessment->id, date); !changed)
        return fail(changed.error());
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
    return printList(
        cl,
        *assessments,
        [](const cc::Assessment& a) {
            return QJsonObject {
                {QStringLiteral("id"), a.id.toString()},
                {QStringLiteral("community"), a.communityCode},
                {QStringLiteral("community_name"), a.communityName},
                {QStringLiteral("set"),
                 QJsonObject {{QStringLiteral("code"), a.setCode}, {QStringLiteral("version"), a.setVersion}}},
                {QStringLiteral("round"), a.round.toString()},
                {QStringLiteral("round_year"), a.round.year},
                {QStringLiteral("date"),
                 a.checkDate.isValid() ? QJsonValue(a.checkDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("status"), cc::toString(a.status)},
                {QStringLiteral("assessors"), QJsonArray::fromStringList(a.assessors)},
                {QStringLiteral("updated_at"), clijson::isoUtc(a.updatedAt)},
            };
        },
        {tr("ID"), tr("Community"), tr("Round"), tr("Date"), tr("Set"), tr("Status"), tr("Updated")},
        [](const cc::Assessment& a) {
            return QStringList {a.id.toString(),
                                a.communityCode + u' ' + a.communityName,
                                a.round.toString(),
                                a.checkDate.toString(Qt::ISODate),
                                a.setCode + u' ' + a.setVersion,
                                cc::AssessmentService::statusName(a.status),
                                a.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        });
}

int Cli::cmdResponsesImport(const QStringList& tokens)
{
    CommandLine cl;
    if (const auto problem = cl.parse(tokens, {{}, {}, {}, 2, 2}))
        return usageError(*problem, m_command);
    const auto assessment = openAndResolve(cl.args().at(0));
    if (!assessment)
        return Failure;
    auto imported = m_workspace->assessments().importResponsesFile(assessment->id, cl.args().at(1)); // CSV or XLSX
    if (!imported)
        return fail(imported.error());
    m_out << tr("%n answers imported into %1 (%2, %3).", nullptr, *imported)
                 .arg(assessment->id.toString(), assessment->communityName, assessment->round.toString())
          << '\n';
    // Stored, but never passed over: values the register makes hard to believe are named.
    auto doubts = m_workspace->workflow().warnings(assessment->id, m_language);
    if (!doubts)
        return fail(doubts.error());
    for (const cc::SubmitBlocker& w : *doubts)
        warn(tr("%1: %2").arg(w.indicatorCode, w.reason));
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
    if (score.provisional)
        m_out << tr("Provisional: coverage is below %1%, so the score and the grade may still change a lot.")
                     .arg(QString::number(scored->set->provisionalThreshold() * 100, 'f', 0))
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
    TextTable table({tr("Code"),
                     tr("Name"),
                     tr("Value"),
                     tr("Score"),
                     tr("Category"),
                     tr("Deadline"),
                     tr("Severity"),
                     tr("Responsible units")});
    for (const cc::scoring::Problem& p : scored->score.problems) {
        QString value = cc::ResponseRules::toText(p.value);
        if (!p.indicator->unit.isEmpty() && std::holds_alternative<double>(p.value))
            value += u' ' + p.indicator->unit;
        table.addRow({p.indicator->code,
                      text(p.indicator->name),
                      value,
                      QString::number(cc::scoring::round1(p.score), 'f', 1),
                      text(p.category),
                      p.deadline ? p.deadline->toString(Qt::ISODate) : QString(),
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
    QString code = cl.args().at(1);
    QString caption = cl.value(QStringLiteral("caption"));
    // 小区/楼栋/ITEM: a photo of a building's item in the check's ledger.
    if (const QStringList parts = code.split(u'/'); parts.size() == 3) {
        auto buildings = m_workspace->buildings().list(assessment->communityCode);
        if (!buildings)
            return fail(buildings.error());
        const auto found = std::find_if(buildings->begin(), buildings->end(), [&](const cc::Building& b) {
            return b.estate == parts.at(0) && b.number == parts.at(1);
        });
        if (found == buildings->end())
            return fail(cc::makeError(cc::ErrorCode::NotFound,
                                      tr("The building %1 %2 is not in the register of %3.")
                                          .arg(parts.at(0), parts.at(1), assessment->communityCode)));
        code = cc::ledgerPhotoKey(found->id, parts.at(2));
        if (caption.isEmpty())
            caption = found->label(); // the report prints the item's code before it
    }
    // Read every file first: one bad file adds none (all or nothing).
    std::vector<PhotoImporter::Imported> photos;
    for (const QString& path : cl.args().mid(2)) {
        auto imported = PhotoImporter::readFile(path, std::clamp(settings::photoLongestEdge.value(), 320, 8192));
        if (!imported)
            return fail(imported.error());
        for (const QString& warning : imported->warnings)
            warn(warning);
        imported->photo.indicatorCode = code;
        imported->photo.caption = caption;
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
                             {QStringLiteral("latitude"), clijson::number(p.latitude)},
                             {QStringLiteral("longitude"), clijson::number(p.longitude)}});
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
