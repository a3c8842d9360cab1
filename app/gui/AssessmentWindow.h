// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Response.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class AssessmentWindow;
}
namespace cc {
class Workspace;
struct Indicator;
} // namespace cc
class AssessmentDocument;
class AssessmentTreeModel;
class History;
class PhotoStrip;
class QSortFilterProxyModel;

// The entry screen an assessor lives in: the set's tree with each indicator's status on the left,
// the indicator's guidance and a typed editor on the right. Enter confirms and moves to the next
// unanswered indicator; every confirmed value is in SQLite at once; Ctrl+Z undoes the last change to
// the database, through its one History.
class AssessmentWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentWindow)

public:
    AssessmentWindow(History& history, const cc::AssessmentId& id, const QString& language, QWidget* parent = nullptr);
    ~AssessmentWindow() override;

    bool isLoaded() const;
    AssessmentDocument& document() { return *m_document; }
    QString currentIndicatorCode() const;

public slots:
    void showIndicator(const QString& code);
    // Reads the editor, checks the value, stores it; on success moves on. False (with the reason
    // beside the field) when the value is refused.
    bool confirmCurrent();
    void goToNextUnanswered();
    void setLanguage(const QString& language);
    // Reads, downscales and stores photo files for the current indicator as one undoable step.
    // Returns how many were added; refused files are reported beside the editor.
    int addPhotoFiles(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    // Closes only when nothing typed is left unconfirmed: asks to confirm, discard or stay.
    void closeEvent(QCloseEvent* event) override;

private slots:
    void onDocumentChanged();
    void onCurrentTreeIndexChanged();
    void onFindTextChanged(const QString& text);
    void onClearClicked();
    void onSubmitTriggered();
    void onConfirmCarriedTriggered();
    void onReturnTriggered();
    void onApproveTriggered();
    void onReopenTriggered();
    void onNotApplicableToggled(bool checked);

private:
    const cc::Indicator* currentIndicator() const;
    void loadEditor(const cc::Indicator& indicator);
    // The editor's value as a response, or the reason it is not one.
    std::optional<cc::Response> editorResponse(const cc::Indicator& indicator, QString* error) const;
    void updateHeader();
    void updateHistory();
    void updateActions();
    void focusEditor();
    void setBoolean(bool value);
    // The stored answer of an indicator as one comparable string.
    QString storedSignature(const QString& code) const;
    // The stored answer of an indicator as the assessor reads it, quoted (“是”, “12”, not applicable).
    QString storedText(const QString& code) const;
    // Whether a response says what is already stored for its indicator.
    bool sameAsStored(const cc::Response& response) const;
    // Whether the editor holds something typed or ticked that is not stored yet.
    bool hasUnconfirmedEdit() const;

    std::unique_ptr<Ui::AssessmentWindow> m_ui;
    cc::Workspace& m_workspace;
    std::unique_ptr<AssessmentDocument> m_document;
    AssessmentTreeModel* m_treeModel;
    PhotoStrip* m_photos = nullptr;
    QSortFilterProxyModel* m_filter;
    QString m_language;
    QString m_current; // indicator code in the editor
    QString m_loadedSignature; // its stored answer when the editor was filled
    bool m_loading = false;
    bool m_editorTouched = false; // the assessor changed a field since the editor was filled
    bool m_writing = false; // this window is storing an answer (not an undo or redo)
};
