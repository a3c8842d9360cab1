// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/PhotoCommands.h"

#include "app/gui/AssessmentDocument.h"
#include "app/gui/ErrorPresenter.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>

namespace {

class PhotoCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(PhotoCommands)

public:
    static QString add(int count, const QString& code) { return tr("Add %n photo(s) to %1", nullptr, count).arg(code); }
    static QString remove(const QString& name) { return tr("Delete photo %1").arg(name); }
};

} // namespace

AddPhotosCommand::AddPhotosCommand(AssessmentDocument& document,
                                   QString indicatorCode,
                                   std::vector<PhotoImporter::Imported> photos)
    : m_document(document)
    , m_indicatorCode(std::move(indicatorCode))
    , m_pending(std::move(photos))
{
    setText(PhotoCommandsText::add(static_cast<int>(m_pending.size()), m_indicatorCode));
}

void AddPhotosCommand::redo()
{
    cc::PhotoService& photos = m_document.workspace().photos();
    if (m_first) {
        m_first = false;
        for (PhotoImporter::Imported& p : m_pending) {
            p.photo.indicatorCode = m_indicatorCode;
            auto added = photos.add(m_document.id(), p.photo, p.image, p.thumbnail);
            if (!added) {
                // Take back what this step already stored, then drop the step.
                for (const cc::Photo& done : m_added)
                    (void)photos.remove(done.id);
                m_added.clear();
                ErrorPresenter::show(nullptr, added.error());
                setObsolete(true);
                m_document.photosChanged();
                return;
            }
            m_added.push_back(*added);
        }
        m_pending.clear(); // the bytes are stored; keep only the records
        m_succeeded = true;
    } else {
        for (const cc::Photo& p : m_added) {
            if (auto restored = photos.restore(p); !restored)
                ErrorPresenter::show(nullptr, restored.error());
        }
    }
    m_document.photosChanged();
}

void AddPhotosCommand::undo()
{
    for (const cc::Photo& p : m_added) {
        if (auto removed = m_document.workspace().photos().remove(p.id); !removed)
            ErrorPresenter::show(nullptr, removed.error());
    }
    m_document.photosChanged();
}

DeletePhotoCommand::DeletePhotoCommand(AssessmentDocument& document, cc::Photo photo)
    : m_document(document)
    , m_photo(std::move(photo))
{
    setText(PhotoCommandsText::remove(m_photo.originalName));
}

void DeletePhotoCommand::redo()
{
    auto removed = m_document.workspace().photos().remove(m_photo.id);
    m_succeeded = removed.has_value();
    if (!m_succeeded) {
        ErrorPresenter::show(nullptr, removed.error());
        if (m_first)
            setObsolete(true);
    }
    m_first = false;
    m_document.photosChanged();
}

void DeletePhotoCommand::undo()
{
    if (auto restored = m_document.workspace().photos().restore(m_photo); !restored)
        ErrorPresenter::show(nullptr, restored.error());
    m_document.photosChanged();
}
