// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/PhotoImporter.h"
#include "core/domain/Photo.h"

#include <QUndoCommand>

#include <vector>

class AssessmentDocument;

// Photos added to one indicator at once (a drop of several files is one step). The first redo stores
// them; undo removes the records (the bytes stay, content-addressed); a later redo restores them.
class AddPhotosCommand final : public QUndoCommand
{
public:
    AddPhotosCommand(AssessmentDocument& document, QString indicatorCode, std::vector<PhotoImporter::Imported> photos);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }
    const std::vector<cc::Photo>& added() const { return m_added; }

private:
    AssessmentDocument& m_document;
    QString m_indicatorCode;
    std::vector<PhotoImporter::Imported> m_pending;
    std::vector<cc::Photo> m_added;
    bool m_succeeded = false;
    bool m_first = true;
};

class DeletePhotoCommand final : public QUndoCommand
{
public:
    DeletePhotoCommand(AssessmentDocument& document, cc::Photo photo);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }

private:
    AssessmentDocument& m_document;
    cc::Photo m_photo;
    bool m_succeeded = false;
    bool m_first = true;
};
