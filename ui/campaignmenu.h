// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace dnd {

// The File menu's campaign entries: New campaign…, Open campaign…, Export
// events as JSON Lines…, Import JSON Lines…. Asks for the file (and, before
// the window shows another campaign, for confirmation) and emits a request;
// the app does the work on the archive (ui holds no SQL).
class CampaignMenu : public QObject
{
    Q_OBJECT
public:
    // Inserts the entries at the top of `file`; dialogs are children of
    // `window`.
    CampaignMenu(QWidget *window, QMenu *file);

    // The file the window shows now (dialogs start in its folder); empty
    // when nothing is archived.
    void setCurrentFile(const QString &path);
    // Disabled while nothing is archived (export/import need a campaign).
    void setArchiveAvailable(bool available);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // The steps behind the actions, also for tests (no file dialog). New
    // asks through MainWindow::confirmDiscardCounts (modal, only when
    // something is counted); Open asks with a window-modal box.
    void confirmNew(const QString &path);
    void confirmOpen(const QString &path);

Q_SIGNALS:
    void newCampaignRequested(const QString &path);
    void openCampaignRequested(const QString &path);
    void exportEventsRequested(const QString &path);
    void importEventsRequested(const QString &path);

private:
    void chooseNew();
    void chooseOpen();
    void chooseExport();
    void chooseImport();
    QString folder() const;

    QPointer<QWidget> m_window;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QString m_current;
};

} // namespace dnd
