// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SetDocument.h"

#include <QDialog>

#include <memory>
#include <vector>

class History;
class QTimer;
class QTreeWidgetItem;

namespace Ui {
class SetEditorDialog;
}

// The set editor (issue: an indicator-set editor for standards editors): a stored version opened as
// the start of a new one. The structure on the left (add, remove and move indicators), the selected
// indicator's or group's fields on the right (weights, thresholds, direction, guidance, bottom line,
// responsible units, project templates), the shared templates and their unit costs on a tab. Every
// change is checked at once by the same rules as an imported file, each problem listed with where it
// is (a double click goes there); Ctrl+Z and Ctrl+Shift+Z step through the changes. Saving stores a
// new version; the stored one is never changed. Compare shows what changed and which stored checks
// would get another grade.
class SetEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    SetEditorDialog(History& history, const QString& code, const QString& version, QWidget* parent = nullptr);
    ~SetEditorDialog() override;

    // For tests: the document as it stands, and the problems listed.
    const cc::io::SetDocument& document() const { return m_document; }
    QStringList problems() const;
    // Selects a node as a click in the structure would.
    void select(const cc::io::SetDocument::Node& node);
    // Saves as a new version (what the Save button does); false when refused, said why.
    bool save();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildTree();
    void showNode();
    void showTemplates();
    // Field edits write here, as one step that Ctrl+Z takes back.
    void commit(const cc::io::SetDocument& changed);
    void writeField(const QString& key, const QJsonValue& value);
    void writeOptions();
    void writeTemplates();
    void validate();
    void undo();
    void redo();
    // One step from `from` (the undo or redo history) back to the document, the current one onto `to`.
    void step(std::vector<cc::io::SetDocument>& from, std::vector<cc::io::SetDocument>& to);
    // The document in the set fields, the tree, the templates and the checks.
    void showDocument();
    void compare();
    void addIndicator();
    void removeNode();
    void moveNode(int delta);
    std::optional<cc::io::SetDocument::Node> currentNode() const;
    void flushField();

    std::unique_ptr<Ui::SetEditorDialog> m_ui;
    History& m_history;
    QString m_code;
    QString m_baseVersion;
    cc::io::SetDocument m_document;
    std::vector<cc::io::SetDocument> m_undo;
    std::vector<cc::io::SetDocument> m_redo;
    QTimer* m_check = nullptr;
    bool m_filling = false; // fields being filled from the document: no writes back
    bool m_valid = false;
};
