// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/PhotoImporter.h"
#include "core/domain/Photo.h"

#include <QUndoCommand>

#include <vector>

class AssessmentDocument;

// Photos added to one indicator at once (a drop of several files is one step), already stored when
// the command is pushed: undo removes the records (the bytes stay, content-addressed), redo restores them.
class AddPhotosCommand final : public QUndoCommand
{
public:
    AddPhotosCommand(AssessmentDocument& document, std::vector<cc::Photo> added);

    // Stores the photos for an indicator, all or none; the records on success.
    static cc::Result<std::vector<cc::Photo>> store(AssessmentDocument& document,
                                                    const QString& indicatorCode,
                                                    const std::vector<PhotoImporter::Imported>& photos);

    void redo() override;
    void undo() override;

private:
    AssessmentDocument& m_document;
    std::vector<cc::Photo> m_added;
    bool m_first = true;
};

// One photo deleted, already removed when pushed; undo restores the record.
class DeletePhotoCommand final : public QUndoCommand
{
public:
    DeletePhotoCommand(AssessmentDocument& document, cc::Photo photo);

    void redo() override;
    void undo() override;

private:
    AssessmentDocument& m_document;
    cc::Photo m_photo;
    bool m_first = true;
};
