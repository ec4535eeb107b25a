// SPDX-License-Identifier: MIT
// MainWindow: exporting a whole tab (cards and charts under a title) as PNG,
// SVG or PDF, in the folder used last time.
#include "mainwindow.h"

#include "inerttext.h"

#include "overviewwidget.h"
#include "playertab.h"
#include "statusbarwidget.h"
#include "tabexport.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>

namespace dnd {

namespace {
// Where the last export went: a window state like the layout, not a
// preference of the schema.
constexpr char ExportFolderKey[] = "export/folder";
} // namespace

QWidget *MainWindow::exportableContent() const
{
    if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->currentWidget()))
        return tab->exportContent();
    if (m_tabs->currentWidget() == m_overviewStack && !isShowingWelcome())
        return m_overview;
    // Any other tab (History, Stream): what it shows, as it is.
    QWidget *current = m_tabs->currentWidget();
    return current == m_overviewStack ? nullptr : current;
}

QString MainWindow::exportTitle() const
{
    QString subject = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->currentWidget()))
        subject = InertText::escaped(tab->player());
    QStringList parts{subject};
    if (!m_campaignName.isEmpty())
        parts.append(m_campaignName);
    const QString topic = m_status->topic();
    if (!m_brokerAddress.isEmpty())
        parts.append(m_brokerBuiltIn ? tr("%1 on the built-in broker").arg(topic)
                                     : tr("%1 at %2").arg(topic, m_brokerAddress));
    parts.append(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::setCampaignName(const QString &name)
{
    m_campaignName = name;
}

bool MainWindow::exportCurrentTab(const QString &fileName, QString *error)
{
    return TabExport::write(exportableContent(), exportTitle(), fileName, error);
}

QString MainWindow::exportFolder()
{
    const QString saved = settings().value(QLatin1String(ExportFolderKey)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    for (const auto location :
         {QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    }
    return QDir::homePath();
}

void MainWindow::exportTabInteractively()
{
    if (!exportableContent()) {
        QMessageBox::information(this, tr("Export tab"),
                                 tr("There is nothing to export yet: open a player's tab or the "
                                    "overview once events have arrived."));
        return;
    }
    QString base = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->currentWidget()))
        base = tab->player();
    // A name from the wire is not a path: keep letters, digits, - and _.
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    QString filter;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export tab"), QDir(exportFolder()).filePath(base + QStringLiteral(".png")),
        TabExport::fileFilter(), &filter);
    if (fileName.isEmpty())
        return;
    settings().setValue(QLatin1String(ExportFolderKey), QFileInfo(fileName).absolutePath());
    QString error;
    if (!exportCurrentTab(fileName, &error)) {
        QMessageBox::warning(this, tr("Export tab"), error);
        return;
    }
    m_status->showNotice(tr("Saved to %1").arg(QDir::toNativeSeparators(fileName)));
}

} // namespace dnd
