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

AddPhotosCommand::AddPhotosCommand(AssessmentDocument& document, std::vector<cc::Photo> added)
    : m_document(document)
    , m_added(std::move(added))
{
    setText(PhotoCommandsText::add(static_cast<int>(m_added.size()),
                                   m_added.empty() ? QString() : m_added.front().indicatorCode));
}

cc::Result<std::vector<cc::Photo>> AddPhotosCommand::store(AssessmentDocument& document,
                                                           const QString& indicatorCode,
                                                           const std::vector<PhotoImporter::Imported>& photos)
{
    std::vector<cc::PhotoUpload> uploads(photos.begin(), photos.end());
    for (cc::PhotoUpload& upload : uploads)
        upload.photo.indicatorCode = indicatorCode;
    auto added = document.workspace().photos().add(document.id(), uploads); // all or none
    document.photosChanged();
    return added;
}

void AddPhotosCommand::redo()
{
    if (m_first) { // stored before the push
        m_first = false;
        return;
    }
    if (auto restored = m_document.workspace().photos().restore(m_added); !restored)
        ErrorPresenter::show(nullptr, restored.error());
    m_document.photosChanged();
}

void AddPhotosCommand::undo()
{
    std::vector<cc::PhotoId> ids;
    for (const cc::Photo& p : m_added)
        ids.push_back(p.id);
    if (auto removed = m_document.workspace().photos().remove(ids); !removed)
        ErrorPresenter::show(nullptr, removed.error());
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
    if (m_first) { // removed before the push
        m_first = false;
        return;
    }
    if (auto removed = m_document.workspace().photos().remove({m_photo.id}); !removed)
        ErrorPresenter::show(nullptr, removed.error());
    m_document.photosChanged();
}

void DeletePhotoCommand::undo()
{
    if (auto restored = m_document.workspace().photos().restore({m_photo}); !restored)
        ErrorPresenter::show(nullptr, restored.error());
    m_document.photosChanged();
}
