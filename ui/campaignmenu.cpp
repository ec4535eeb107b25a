// SPDX-License-Identifier: MIT
#include "campaignmenu.h"

#include "confirmdiscard.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace dnd {

namespace {

const QString CampaignFilter = QStringLiteral("*.sqlite");

// A file dialog that does not block the event loop (the stream goes on).
QFileDialog *fileDialog(QWidget *parent, const QString &title, const QString &folder,
                        const QString &filter, QFileDialog::AcceptMode mode)
{
    auto *dialog = new QFileDialog(parent, title, folder, filter);
    dialog->setObjectName(QStringLiteral("campaignFileDialog"));
    dialog->setAcceptMode(mode);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace

CampaignMenu::CampaignMenu(QWidget *window, QMenu *file) : QObject(window), m_window(window)
{
    QAction *first = file->actions().isEmpty() ? nullptr : file->actions().constFirst();
    m_new = new QAction(tr("&New campaign…"), this);
    m_new->setToolTip(tr("Start an empty campaign file; the current one stays as it is"));
    m_open = new QAction(tr("&Open campaign…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Show and continue another campaign file"));
    m_export = new QAction(tr("Export events as JSON &Lines…"), this);
    m_export->setToolTip(tr("Every archived event in the wire format, one a line, oldest first "
                            "(kcat -P -l replays it)"));
    m_import = new QAction(tr("&Import JSON Lines…"), this);
    m_import->setToolTip(tr("Add the events of a JSON Lines file; events the campaign has "
                            "already (same event_id, or same content without one) are skipped"));
    file->insertAction(first, m_new);
    file->insertAction(first, m_open);
    file->insertSeparator(first);
    file->insertAction(first, m_export);
    file->insertAction(first, m_import);
    file->insertSeparator(first);
    connect(m_new, &QAction::triggered, this, &CampaignMenu::chooseNew);
    connect(m_open, &QAction::triggered, this, &CampaignMenu::chooseOpen);
    connect(m_export, &QAction::triggered, this, &CampaignMenu::chooseExport);
    connect(m_import, &QAction::triggered, this, &CampaignMenu::chooseImport);
    setArchiveAvailable(false);
}

void CampaignMenu::setCurrentFile(const QString &path)
{
    m_current = path;
}

void CampaignMenu::setArchiveAvailable(bool available)
{
    m_export->setEnabled(available);
    m_import->setEnabled(available);
}

QString CampaignMenu::folder() const
{
    if (!m_current.isEmpty())
        return QFileInfo(m_current).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void CampaignMenu::chooseNew()
{
    QFileDialog *dialog =
        fileDialog(m_window, tr("New campaign"), folder(), tr("Campaigns (%1)").arg(CampaignFilter),
                   QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    // An existing file is refused below, not overwritten.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    connect(dialog, &QFileDialog::fileSelected, this, &CampaignMenu::confirmNew);
    dialog->open();
}

void CampaignMenu::chooseOpen()
{
    QFileDialog *dialog = fileDialog(m_window, tr("Open campaign"), folder(),
                                     tr("Campaigns (%1);;All files (*)").arg(CampaignFilter),
                                     QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CampaignMenu::confirmOpen);
    dialog->open();
}

void CampaignMenu::chooseExport()
{
    QFileDialog *dialog =
        fileDialog(m_window, tr("Export events as JSON Lines"), folder(),
                   tr("JSON Lines (*.jsonl);;All files (*)"), QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    connect(dialog, &QFileDialog::fileSelected, this, &CampaignMenu::exportEventsRequested);
    dialog->open();
}

void CampaignMenu::chooseImport()
{
    QFileDialog *dialog =
        fileDialog(m_window, tr("Import JSON Lines"), folder(),
                   tr("JSON Lines (*.jsonl *.json *.txt);;All files (*)"), QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CampaignMenu::importEventsRequested);
    dialog->open();
}

void CampaignMenu::confirmNew(const QString &path)
{
    if (QFileInfo::exists(path)) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("New campaign"),
            tr("%1 exists already. Choose another name, or File > Open campaign to continue it.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, m_window);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (QFileInfo(path) == QFileInfo(m_current))
        return; // already shown
    // The counts shown give way to an empty campaign: asked like Reset
    // statistics and Replay (only when something is counted, Cancel by
    // default, "Do not ask again").
    QString text = tr("The window then shows the new campaign %1, empty; events are counted "
                      "from then on.")
                       .arg(QDir::toNativeSeparators(path));
    text += QLatin1Char(' ');
    text += m_current.isEmpty() ? tr("The counts shown now are in no campaign file and are lost.")
                                : tr("The current campaign stays in %1 as it is.")
                                      .arg(QDir::toNativeSeparators(m_current));
    auto *window = qobject_cast<MainWindow *>(m_window.data());
    if (window &&
        !window->confirmDiscardCounts({QStringLiteral("new-campaign"), tr("Start a new campaign?"),
                                       text, tr("&New campaign")}))
        return;
    emit newCampaignRequested(path);
}

void CampaignMenu::confirmOpen(const QString &path)
{
    if (QFileInfo(path) == QFileInfo(m_current))
        return; // already shown
    QString text = tr("Open the campaign %1? The window then shows it instead of this one.")
                       .arg(QDir::toNativeSeparators(path));
    if (!m_current.isEmpty())
        text += QLatin1Char(' ') + tr("The current campaign stays in %1 as it is.")
                                       .arg(QDir::toNativeSeparators(m_current));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open campaign"), text,
                                QMessageBox::Ok | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("campaignConfirmBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, path] {
        if (box->clickedButton() == box->button(QMessageBox::Ok))
            emit openCampaignRequested(path);
    });
    box->open();
}

} // namespace dnd
