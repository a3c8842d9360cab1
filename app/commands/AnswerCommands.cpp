// SPDX-License-Identifier: GPL-3.0-or-later
// The entry screen's undoable steps: an answer, photos added or deleted, a photo's caption, the
// check's date.
#include "app/commands/AppliedCommand.h"
#include "app/commands/Commands.h"
#include "app/commands/History.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>

namespace {

// One answer changed (a response with neither value nor N/A clears it).
class SetResponseCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetResponseCommand)

public:
    SetResponseCommand(History& history, cc::AssessmentId assessment, cc::Response before, cc::Response after)
        : AppliedCommand(history, tr("Answer %1").arg(after.indicatorCode))
        , m_assessment(std::move(assessment))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_checked(m_after.version.has_value())
    { }

protected:
    cc::Result<void> applyUndo() override { return store(m_before); }
    cc::Result<void> applyRedo() override { return store(m_after); }

public:
    // The version the stored answer has after a write made at `expected`: gone when cleared, else one up.
    static qint64 versionAfter(const cc::Response& written, qint64 expected)
    {
        return !written.hasValue() && !written.notApplicable ? 0 : expected + 1;
    }

protected:
    void announce(ChangeHub& changes) const override
    {
        emit changes.answersChanged(m_assessment, m_after.indicatorCode);
    }
    bool concerns(const cc::AssessmentId& assessment) const override { return assessment == m_assessment; }

private:
    // Undo and redo write only over what this history's last write of the answer left (this step's
    // or a later one's, undone since): a change another user made meanwhile is a conflict, reported,
    // and the step stays where it was.
    cc::Result<void> store(cc::Response response)
    {
        const qint64 known = history().answerVersion(m_assessment, response.indicatorCode);
        response.version = m_checked && known >= 0 ? std::optional<qint64>(known) : std::nullopt;
        auto saved = history().workspace().assessments().saveResponses(m_assessment, {response});
        if (saved && response.version)
            history().setAnswerVersion(m_assessment, response.indicatorCode, versionAfter(response, *response.version));
        return saved;
    }

    cc::AssessmentId m_assessment;
    cc::Response m_before;
    cc::Response m_after;
    bool m_checked; // the first write was made at a known version: undo and redo check theirs
};

// Photos of one indicator added (one drop of several files is one step) or one photo deleted:
// undo does the opposite, redo does it again. Deleting keeps the bytes (content-addressed), so the
// records come back as they were.
class PhotosCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(PhotoCommands)

public:
    PhotosCommand(History& history, std::vector<cc::Photo> photos, bool added)
        : AppliedCommand(history,
                         added ? tr("Add %n photo(s) to %1", nullptr, static_cast<int>(photos.size()))
                                     .arg(photos.empty() ? QString() : photos.front().indicatorCode)
                               : tr("Delete photo %1").arg(photos.empty() ? QString() : photos.front().originalName))
        , m_photos(std::move(photos))
        , m_added(added)
    { }

protected:
    cc::Result<void> applyUndo() override { return m_added ? remove() : restore(); }
    cc::Result<void> applyRedo() override { return m_added ? restore() : remove(); }
    void announce(ChangeHub& changes) const override
    {
        if (!m_photos.empty())
            emit changes.photosChanged(m_photos.front().assessmentId);
    }
    bool concerns(const cc::AssessmentId& assessment) const override
    {
        return !m_photos.empty() && m_photos.front().assessmentId == assessment;
    }

private:
    cc::Result<void> restore() { return history().workspace().photos().restore(m_photos); }
    cc::Result<void> remove()
    {
        std::vector<cc::PhotoId> ids;
        for (const cc::Photo& p : m_photos)
            ids.push_back(p.id);
        return history().workspace().photos().remove(ids);
    }

    std::vector<cc::Photo> m_photos;
    bool m_added;
};

// A photo's caption changed.
class PhotoCaptionCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(PhotoCommands)

public:
    PhotoCaptionCommand(History& history, cc::Photo photo, QString caption)
        : AppliedCommand(history, tr("Caption of photo %1").arg(photo.originalName))
        , m_photo(std::move(photo))
        , m_caption(std::move(caption))
    { }

protected:
    cc::Result<void> applyUndo() override { return store(m_photo.caption); }
    cc::Result<void> applyRedo() override { return store(m_caption); }
    void announce(ChangeHub& changes) const override { emit changes.photosChanged(m_photo.assessmentId); }
    bool concerns(const cc::AssessmentId& assessment) const override { return assessment == m_photo.assessmentId; }

private:
    cc::Result<void> store(const QString& caption)
    {
        return history().workspace().photos().setCaption(m_photo.id, caption);
    }

    cc::Photo m_photo; // with the caption before
    QString m_caption;
};

// The day of the site visit changed (the deadlines of its 限时解决 problems follow).
class CheckDateCommand final : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckDateCommand)

public:
    CheckDateCommand(History& history, cc::AssessmentId assessment, QDate before, QDate after)
        : AppliedCommand(history, tr("Date of the check: %1").arg(after.toString(Qt::ISODate)))
        , m_assessment(std::move(assessment))
        , m_before(before)
        , m_after(after)
    { }

protected:
    cc::Result<void> applyUndo() override { return store(m_before); }
    cc::Result<void> applyRedo() override { return store(m_after); }
    void announce(ChangeHub& changes) const override
    {
        emit changes.workflowChanged(m_assessment); // the check's own record
        emit changes.assessmentsChanged(); // the list of checks shows the date
    }
    bool concerns(const cc::AssessmentId& assessment) const override { return assessment == m_assessment; }

private:
    cc::Result<void> store(const QDate& date)
    {
        return history().workspace().assessments().setCheckDate(m_assessment, date);
    }

    cc::AssessmentId m_assessment;
    QDate m_before;
    QDate m_after;
};

} // namespace

namespace commands {

cc::Result<void>
setResponse(History& history, const cc::AssessmentId& assessment, const cc::Response& before, const cc::Response& after)
{
    if (auto saved = history.workspace().assessments().saveResponses(assessment, {after}); !saved)
        return saved.error();
    if (after.version)
        history.setAnswerVersion(
            assessment, after.indicatorCode, SetResponseCommand::versionAfter(after, *after.version));
    history.push(new SetResponseCommand(history, assessment, before, after));
    return {};
}

cc::Result<std::vector<cc::Photo>> addPhotos(History& history,
                                             const cc::AssessmentId& assessment,
                                             const QString& indicatorCode,
                                             std::vector<cc::PhotoUpload> uploads)
{
    for (cc::PhotoUpload& upload : uploads)
        upload.photo.indicatorCode = indicatorCode;
    auto added = history.workspace().photos().add(assessment, uploads); // all or none
    if (!added)
        return added.error();
    history.push(new PhotosCommand(history, *added, true));
    return added;
}

cc::Result<void> deletePhoto(History& history, const cc::Photo& photo)
{
    if (auto removed = history.workspace().photos().remove({photo.id}); !removed)
        return removed.error();
    history.push(new PhotosCommand(history, {photo}, false));
    return {};
}

cc::Result<void> setPhotoCaption(History& history, const cc::Photo& photo, const QString& caption)
{
    if (caption.trimmed() == photo.caption)
        return {}; // nothing changes: no step in the history
    if (auto saved = history.workspace().photos().setCaption(photo.id, caption); !saved)
        return saved.error();
    history.push(new PhotoCaptionCommand(history, photo, caption.trimmed()));
    return {};
}

cc::Result<void>
setCheckDate(History& history, const cc::AssessmentId& assessment, const QDate& before, const QDate& after)
{
    if (before == after)
        return {}; // nothing changes: no step in the history
    if (auto saved = history.workspace().assessments().setCheckDate(assessment, after); !saved)
        return saved.error();
    history.push(new CheckDateCommand(history, assessment, before, after));
    return {};
}

} // namespace commands
