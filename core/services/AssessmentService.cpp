// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AssessmentService.h"

#include "core/services/ComputedAnswers.h"

#include "core/domain/ResponseRules.h"
#include "core/io/InputTable.h"
#include "core/io/ResponsesCsv.h"
#include "core/services/SetService.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/BulkReader.h"
#include "core/storage/CommunityRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"

#include <QDate>
#include <QHash>

#include <limits>
#include <map>

namespace cc {

namespace {

// An answer as one line of text, for the audit trail.
QString describe(const Response& r)
{
    if (r.notApplicable)
        return QStringLiteral("NA") + (r.note.isEmpty() ? QString() : QStringLiteral(" (") + r.note + u')');
    QString text = ResponseRules::toText(r.value);
    if (!r.note.isEmpty())
        text += QStringLiteral(" (") + r.note + u')';
    return text;
}

} // namespace

QString AssessmentService::statusName(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft:
        return tr("draft");
    case AssessmentStatus::Submitted:
        return tr("submitted");
    case AssessmentStatus::Returned:
        return tr("returned");
    case AssessmentStatus::Approved:
        return tr("approved");
    }
    return {};
}

AssessmentService::AssessmentService(storage::Database& db, SetService& sets, const QString& userName)
    : m_db(db)
    , m_sets(sets)
    , m_user(userName)
{ }

Result<AssessmentCreated> AssessmentService::create(const NewAssessment& request)
{
    auto setRecord = m_sets.find(request.setCode, request.setVersion);
    if (!setRecord)
        return setRecord.error();
    auto set = m_sets.load(setRecord->id);
    if (!set)
        return set.error();
    if (!request.checkDate.isNull()) {
        if (auto refused = checkDateProblem(request.checkDate); !refused.isEmpty())
            return makeError(ErrorCode::InvalidInput, refused);
    }
    auto stored = storage::inTransaction(m_db, [&]() -> Result<AssessmentCreated> {
        const auto community = storage::CommunityRepository(m_db.connection()).findByCode(request.communityCode);
        if (!community)
            return makeError(ErrorCode::NotFound, tr("No community has the code %1.").arg(request.communityCode));

        AssessmentCreated created;
        Assessment& a = created.assessment;
        a.id = AssessmentId::create();
        a.communityId = community->id;
        a.communityCode = community->code;
        a.communityName = community->name;
        a.setCode = setRecord->code;
        a.setVersion = setRecord->version;
        a.round = request.round.value_or(Round {QDate::currentDate().year(), QStringLiteral("体检")});
        a.assessors = request.assessors;
        a.status = AssessmentStatus::Draft;
        a.checkDate = request.checkDate.isNull() ? QDate::currentDate() : request.checkDate;

        storage::AssessmentRepository repository(m_db.connection());
        // "The earlier round" of a community is its assessment with the highest year below this one's.
        for (const Assessment& other : repository.list(community->id)) {
            if (other.round == a.round) {
                return makeError(ErrorCode::Conflict,
                                 tr("%1 already has a check for %2 (%3); open it instead of starting another.")
                                     .arg(community->code, a.round.toString(), other.id.toString()));
            }
        }
        for (const Assessment& other : repository.list(community->id)) {
            if (other.round.year < a.round.year) {
                created.previous = other.id;
                break; // listed newest round first
            }
        }
        if (!(*set)->declaresCommunityType(community->type)) {
            created.warnings.append(tr("The set %1 %2 does not declare the community type \"%3\" of %4; its "
                                       "indicators limited to certain types will be N/A.")
                                        .arg(a.setCode, a.setVersion, community->type, community->code));
        }
        repository.insert(a, setRecord->id, created.previous);
        if (request.copyFromPrevious && created.previous) {
            auto previousSet = m_sets.load(repository.setOf(*created.previous));
            if (!previousSet)
                return previousSet.error();
            std::vector<Response> copied;
            for (Response r : repository.responses(*created.previous)) {
                const Indicator* now = (*set)->indicator(r.indicatorCode);
                const Indicator* then = (*previousSet)->indicator(r.indicatorCode);
                if (!now || !then || now->type != then->type || !ResponseRules::check(*now, r.value).isEmpty())
                    continue; // only values whose code and type match the new version
                r.carriedOver = true;
                r.version.reset(); // a new answer of the new check, not a change of the earlier one's
                copied.push_back(std::move(r));
            }
            repository.saveResponses(a.id, copied, m_user);
            created.carriedOver = static_cast<int>(copied.size());
        }
        // A first round's remediation rate is N/A from the start; a re-check's waits for its answers.
        if (auto refreshed = ComputedAnswers::refreshRemediation(m_db, m_sets, a, m_user); !refreshed)
            return refreshed.error();
        return created;
    });
    if (!stored)
        return stored.error();
    if (auto found = find(stored->assessment.id))
        stored->assessment = *found; // timestamps as stored
    return stored;
}

Result<std::vector<Assessment>> AssessmentService::list(const QString& communityCode)
{
    return storage::reading([&]() -> Result<std::vector<Assessment>> {
        std::optional<CommunityId> community;
        if (!communityCode.isEmpty()) {
            const auto c = storage::CommunityRepository(m_db.connection()).findByCode(communityCode);
            if (!c)
                return makeError(ErrorCode::NotFound, tr("No community has the code %1.").arg(communityCode));
            community = c->id;
        }
        return storage::AssessmentRepository(m_db.connection()).list(community);
    });
}

Result<Assessment> AssessmentService::find(const AssessmentId& id)
{
    return storage::reading([&]() -> Result<Assessment> {
        if (auto a = storage::AssessmentRepository(m_db.connection()).find(id))
            return *a;
        return makeError(ErrorCode::NotFound, tr("No assessment has the ID %1.").arg(id.toString()));
    });
}

Result<Assessment> AssessmentService::resolve(const QString& idOrPrefix)
{
    const QString text = idOrPrefix.trimmed().toLower();
    const AssessmentId exact = AssessmentId::fromString(text);
    if (!exact.isNull())
        return find(exact);
    if (text.size() < 8)
        return makeError(ErrorCode::NotFound,
                         tr("\"%1\" is not an assessment ID (give the full ID or at least its first 8 characters).")
                             .arg(idOrPrefix));
    auto all = list();
    if (!all)
        return all.error();
    std::vector<Assessment> matches;
    for (const Assessment& a : *all) {
        if (a.id.toString().startsWith(text))
            matches.push_back(a);
    }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty())
        return makeError(ErrorCode::NotFound, tr("No assessment has an ID beginning with %1.").arg(idOrPrefix));
    return makeError(ErrorCode::InvalidInput,
                     tr("Several assessments have IDs beginning with %1; give more characters.").arg(idOrPrefix));
}

Result<std::vector<Response>> AssessmentService::responses(const AssessmentId& id)
{
    return storage::reading([&] { return storage::AssessmentRepository(m_db.connection()).responses(id); });
}

Result<GradeChanges>
AssessmentService::gradeChanges(const IndicatorSet& candidate, const QString& code, const QString& version)
{
    auto stored = m_sets.load(code, version);
    if (!stored)
        return stored.error();
    auto checks = list();
    if (!checks)
        return checks.error();
    return storage::reading([&]() -> Result<GradeChanges> {
        storage::AssessmentRepository answers(m_db.connection());
        storage::CommunityRepository communities(m_db.connection());
        GradeChanges out;
        for (const Assessment& a : *checks) {
            if (a.setCode != code || a.setVersion != version)
                continue;
            const auto community = communities.find(a.communityId);
            if (!community)
                continue;
            const std::vector<Response> responses = answers.responses(a.id);
            std::vector<Response> kept;
            for (const Response& r : responses) {
                const Indicator* now = candidate.indicator(r.indicatorCode);
                const Indicator* then = (*stored)->indicator(r.indicatorCode);
                if (now && then && now->type == then->type && ResponseRules::check(*now, r.value).isEmpty())
                    kept.push_back(r);
            }
            const scoring::Score before = scoring::score(**stored, *community, responses, a.checkDate);
            const scoring::Score after = scoring::score(candidate, *community, kept, a.checkDate);
            ++out.checks;
            const QString gradeBefore = before.grade ? before.grade->label.zh : QString();
            const QString gradeAfter = after.grade ? after.grade->label.zh : QString();
            if (gradeBefore != gradeAfter)
                out.changed.push_back({a, before.overall, after.overall, gradeBefore, gradeAfter});
        }
        return out;
    });
}

Result<ScoredAssessment> AssessmentService::score(const AssessmentId& id)
{
    auto assessment = find(id);
    if (!assessment)
        return assessment.error();
    return storage::reading([&]() -> Result<ScoredAssessment> {
        storage::AssessmentRepository repository(m_db.connection());
        auto set = m_sets.load(repository.setOf(id));
        if (!set)
            return set.error();
        const auto community = storage::CommunityRepository(m_db.connection()).find(assessment->communityId);
        if (!community)
            return makeError(ErrorCode::NotFound, tr("No community has the code %1.").arg(assessment->communityCode));
        ScoredAssessment out {*assessment, *community, *set, repository.responses(id), {}};
        out.score = scoring::score(*out.set, out.community, out.responses, out.assessment.checkDate);
        return out;
    });
}

Result<AssessmentService::ScoreAllSummary> AssessmentService::scoreAll(const ScoreVisitor& visit,
                                                                       const QSet<QString>& only)
{
    return storage::reading([&]() -> Result<ScoreAllSummary> {
        storage::BulkReader reader(m_db.connection());
        const auto assessments = reader.assessments();
        const auto communities = storage::CommunityRepository(m_db.connection()).allByRowId();

        // Per set version: the set and its indicators by UTF-8 code, so rows decode without copies.
        struct SetIndex
        {
            std::shared_ptr<const IndicatorSet> set;
            QHash<QByteArray, const Indicator*> byCode;
        };
        std::map<QString, SetIndex> sets;
        std::vector<const SetIndex*> setOf(assessments.size());
        for (size_t i = 0; i < assessments.size(); ++i) {
            const QString key = assessments[i].setId.toString();
            auto it = sets.find(key);
            if (it == sets.end()) {
                auto set = m_sets.load(assessments[i].setId);
                if (!set)
                    return set.error();
                SetIndex index {*set, {}};
                for (const Indicator* ind : index.set->indicatorsInOrder())
                    index.byCode.insert(ind->code.toUtf8(), ind);
                it = sets.emplace(key, std::move(index)).first;
            }
            setOf[i] = &it->second;
        }
        // The checks asked for: the others' answers are read past, not decoded or scored.
        std::vector<bool> wanted(assessments.size(), true);
        if (!only.isEmpty()) {
            for (size_t i = 0; i < assessments.size(); ++i)
                wanted[i] = only.contains(assessments[i].id.toString());
        }

        ScoreAllSummary summary;
        size_t next = 0; // the next assessment to score, in row order
        std::vector<Response> current;
        const auto flushUpTo = [&](qint64 rowId) {
            // Scores every assessment with a row id below `rowId` (those without answers too).
            while (next < assessments.size() && assessments[next].rowId < rowId) {
                const auto& a = assessments[next];
                if (wanted[next]) {
                    const Community community = communities.value(a.communityRow);
                    const scoring::Score score = scoring::score(*setOf[next]->set, community, current, a.checkDate);
                    visit(a.id, community, *setOf[next]->set, score);
                    ++summary.assessments;
                }
                current.clear();
                ++next;
            }
        };
        summary.responses = reader.forEachResponse([&](const storage::BulkReader::ResponseRow& row) {
            flushUpTo(row.assessmentRow);
            if (next >= assessments.size() || assessments[next].rowId != row.assessmentRow || !wanted[next])
                return; // an archived assessment's answers, or one not asked for
            // fromRawData: a lookup key without copying the code
            const Indicator* ind = setOf[next]->byCode.value(
                QByteArray::fromRawData(row.indicatorCode.data(), row.indicatorCode.size()), nullptr);
            if (!ind)
                return; // a code the set no longer has cannot be scored
            Response r;
            r.indicatorCode = ind->code;
            r.notApplicable = row.notApplicable;
            r.carriedOver = row.carriedOver;
            switch (ind->type) {
            case IndicatorType::Boolean:
                if (row.number)
                    r.value = *row.number != 0;
                break;
            case IndicatorType::Number:
            case IndicatorType::Rating:
                if (row.number)
                    r.value = *row.number;
                break;
            case IndicatorType::Checklist:
                if (row.text)
                    r.value = QString::fromUtf8(*row.text).split(u';', Qt::SkipEmptyParts);
                break;
            case IndicatorType::Choice:
            case IndicatorType::Text:
                if (row.text)
                    r.value = QString::fromUtf8(*row.text);
                break;
            }
            current.push_back(std::move(r));
        });
        flushUpTo(std::numeric_limits<qint64>::max());
        return summary;
    });
}

Result<void> AssessmentService::saveResponses(const AssessmentId& id, const std::vector<Response>& responses)
{
    auto assessment = find(id);
    if (!assessment)
        return assessment.error();
    if (auto refused = whyNotEditable(*assessment, m_db.access()))
        return *refused;
    return storage::reading([&]() -> Result<void> {
        storage::AssessmentRepository repository(m_db.connection());
        auto set = m_sets.load(repository.setOf(id));
        if (!set)
            return set.error();
        for (const Response& r : responses) {
            const Indicator* indicator = (*set)->indicator(r.indicatorCode);
            if (!indicator)
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1: no indicator with this code in the set %2 %3.")
                                     .arg(r.indicatorCode, assessment->setCode, assessment->setVersion));
            if (const QString problem = ResponseRules::check(*indicator, r.value); !problem.isEmpty())
                return makeError(ErrorCode::InvalidInput, tr("%1: %2").arg(r.indicatorCode, problem));
        }
        // Changes after the first submission are audited; before it, a draft is the assessor's own.
        return apply(*assessment, responses, QString(), assessment->wasSubmitted());
    });
}

std::optional<Error> AssessmentService::whyNotEditable(const Assessment& assessment, const Access& access)
{
    if (!assessment.isEditable())
        return lockedError(assessment);
    if (!access.mayEditCheck(assessment.assessors)) {
        return makeError(ErrorCode::Denied,
                         tr("%1 is not among the assessors of this check (%2); only they, and an admin, change its "
                            "answers, photos and ledger. Ask the county's administrator to add you to it.")
                             .arg(access.user, assessment.assessors.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

Error AssessmentService::lockedError(const Assessment& assessment)
{
    return makeError(
        ErrorCode::Locked,
        tr("The assessment %1 is marked \"%2\" and cannot be changed; only draft or returned checks take answers.")
            .arg(assessment.id.toString(), statusName(assessment.status)));
}

Result<int> AssessmentService::importResponses(const AssessmentId& id, const QByteArray& csv, const QString& sourceName)
{
    auto table = io::InputTable::fromCsvBytes(csv, sourceName);
    if (!table)
        return table.error();
    return importResponseTable(id, *table);
}

Result<int> AssessmentService::importResponsesFile(const AssessmentId& id, const QString& path)
{
    auto assessment = find(id); // a locked check is refused before its file is read
    if (!assessment)
        return assessment.error();
    if (auto refused = whyNotEditable(*assessment, m_db.access()))
        return *refused;
    auto table = io::InputTable::fromFile(path);
    if (!table)
        return table.error();
    return importResponseTable(id, *table);
}

Result<int> AssessmentService::importResponseTable(const AssessmentId& id, const io::InputTable& table)
{
    auto assessment = find(id);
    if (!assessment)
        return assessment.error();
    if (auto refused = whyNotEditable(*assessment, m_db.access()))
        return *refused;
    return storage::reading([&]() -> Result<int> {
        auto set = m_sets.load(storage::AssessmentRepository(m_db.connection()).setOf(id));
        if (!set)
            return set.error();
        auto parsed = io::parseResponses(table, **set);
        if (!parsed)
            return parsed.error();
        if (auto applied = apply(*assessment, *parsed, tr("imported from %1").arg(table.source), true); !applied)
            return applied.error();
        return static_cast<int>(parsed->size());
    });
}

Result<void> AssessmentService::apply(const Assessment& assessment,
                                      const std::vector<Response>& responses,
                                      const QString& reason,
                                      bool audit)
{
    return storage::inTransaction(m_db, [&]() -> Result<void> {
        storage::AssessmentRepository repository(m_db.connection());
        QHash<QString, QString> before;
        if (audit) {
            for (const Response& r : repository.responses(assessment.id))
                before.insert(r.indicatorCode, describe(r));
        }
        storage::SettingsRepository trail(m_db.connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::vector<Response> saves;
        for (const Response& r : responses) {
            const bool clears = !r.hasValue() && !r.notApplicable;
            if (clears)
                repository.deleteResponse(assessment.id, r.indicatorCode, r.version);
            else
                saves.push_back(r);
            if (!audit)
                continue;
            // Before the first submission an import records only what it replaces.
            if (!before.contains(r.indicatorCode) && !assessment.wasSubmitted())
                continue;
            const QString oldText = before.value(r.indicatorCode);
            const QString newText = clears ? QString() : describe(r);
            if (oldText != newText) {
                trail.appendAudit(AuditEntry {now,
                                              m_user,
                                              QStringLiteral("response"),
                                              assessment.id.toString(),
                                              r.indicatorCode,
                                              oldText,
                                              newText,
                                              reason});
            }
        }
        repository.saveResponses(assessment.id, saves, m_user);
        repository.touch(assessment.id);
        // The computed answers follow every answer: an N/A lifted or a computed answer cleared is
        // counted again, and the remediation rate (national indicator 60) follows any change.
        if (auto refreshed = ComputedAnswers::refreshLedger(m_db, m_sets, assessment, m_user); !refreshed)
            return refreshed.error();
        return {};
    });
}

Result<std::optional<report::Remediation>> AssessmentService::remediation(const AssessmentId& id, const QDate& today)
{
    auto assessment = find(id);
    if (!assessment)
        return assessment.error();
    return storage::reading([&] { return ComputedAnswers::remediation(m_db, m_sets, *assessment, today); });
}

Result<std::vector<AuditEntry>> AssessmentService::history(const AssessmentId& id)
{
    return storage::reading([&] { return storage::SettingsRepository(m_db.connection()).auditTrail(id.toString()); });
}

Result<void> AssessmentService::setCheckDate(const AssessmentId& id, const QDate& date)
{
    auto assessment = find(id);
    if (!assessment)
        return assessment.error();
    if (auto refused = checkDateProblem(date); !refused.isEmpty())
        return makeError(ErrorCode::InvalidInput, refused);
    if (auto refused = whyNotEditable(*assessment, m_db.access()))
        return *refused;
    if (assessment->checkDate == date)
        return {};
    return storage::inTransaction(m_db, [&] {
        storage::AssessmentRepository(m_db.connection()).setCheckDate(id, date);
        if (assessment->wasSubmitted()) {
            storage::SettingsRepository(m_db.connection())
                .appendAudit(AuditEntry {QDateTime::currentDateTimeUtc(),
                                         m_user,
                                         QStringLiteral("assessment"),
                                         id.toString(),
                                         QStringLiteral("check_date"),
                                         assessment->checkDate.toString(Qt::ISODate),
                                         date.toString(Qt::ISODate),
                                         {}});
        }
    });
}

QString AssessmentService::checkDateProblem(const QDate& date)
{
    if (!date.isValid())
        return tr("The check's date is not a valid date; write it as YYYY-MM-DD.");
    if (date.year() < 2000 || date > QDate::currentDate().addYears(1))
        return tr("The check's date %1 is not plausible: the day of the site visit lies between 2000 and a "
                  "year from today.")
            .arg(date.toString(Qt::ISODate));
    return {};
}

Result<void> AssessmentService::setStatus(const AssessmentId& id, AssessmentStatus status, const QString& reason)
{
    auto assessment = find(id);
    if (!assessment)
        return assessment.error();
    return storage::inTransaction(m_db, [&] {
        storage::AssessmentRepository(m_db.connection()).setStatus(id, status, reason);
        storage::SettingsRepository(m_db.connection())
            .appendAudit(AuditEntry {QDateTime::currentDateTimeUtc(),
                                     m_user,
                                     QStringLiteral("assessment"),
                                     id.toString(),
                                     QStringLiteral("status"),
                                     toString(assessment->status),
                                     toString(status),
                                     reason});
    });
}

} // namespace cc
