// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace cc {
struct Indicator;
}
class AssessmentDocument;
class QGroupBox;
class QListWidget;
class QPushButton;
class QWidget;

// The entry screen's photos of the indicator in the editor: thumbnails, add (a file dialog or files
// dropped on the window), view with the caption, delete. Every change is one step of the
// database's history; refused files are said beside the editor and in a message box.
class PhotoStrip final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoStrip)

public:
    struct Widgets
    {
        QGroupBox* box;
        QListWidget* list;
        QPushButton* add;
        QPushButton* view;
        QPushButton* remove;
    };
    PhotoStrip(AssessmentDocument& document, const Widgets& widgets, QWidget* window);

    // Shows the photos of this indicator (none: an empty strip).
    void showIndicator(const cc::Indicator* indicator);
    int count() const;

public slots:
    void refresh();
    // Reads, downscales and stores photo files for the indicator as one step; returns how many were
    // added.
    int addFiles(const QStringList& paths);
    void chooseFiles();
    void viewCurrent();
    void deleteCurrent();

signals:
    void statusMessage(const QString& text, int timeoutMs);
    void problem(const QString& text); // beside the editor; empty clears it
    void buttonsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // Enter views, Delete deletes

private:
    AssessmentDocument& m_document;
    Widgets m_widgets;
    QWidget* m_window;
    QString m_code; // the indicator shown
    QStringList m_ledgerItems; // its items, when it is counted from the building ledger (upper case)
    bool m_photoRequired = false;
};
