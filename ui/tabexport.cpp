// SPDX-License-Identifier: MIT
#include "tabexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace dnd::TabExport {

namespace {

constexpr int Margin = 12;

// lupdate files tr() outside a class under "dnd": the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("dnd", text);
}

QFont titleFont(const QWidget *content)
{
    QFont font = content->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    return font;
}

int titleHeight(const QWidget *content)
{
    return QFontMetrics(titleFont(content)).height() + 2 * Margin;
}

// The whole page in logical pixels: title band, then the content.
QSize pageSize(const QWidget *content)
{
    return {content->width(), content->height() + titleHeight(content)};
}

void paintPage(QPainter *painter, QWidget *content, const QString &title)
{
    const QSize size = pageSize(content);
    painter->fillRect(QRect(QPoint(0, 0), size), content->palette().window());
    painter->setPen(content->palette().color(QPalette::WindowText));
    painter->setFont(titleFont(content));
    painter->drawText(QRect(Margin, 0, size.width() - 2 * Margin, titleHeight(content)),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    // QWidget::render draws the widget and its children through the
    // painter: vectors on an SVG or PDF device, the charts included.
    content->render(painter, QPoint(0, titleHeight(content)), QRegion(), QWidget::DrawChildren);
}

bool writePng(QWidget *content, const QString &title, const QString &fileName, QString *error)
{
    const qreal ratio = std::max<qreal>(1.0, content->devicePixelRatioF());
    QImage image(pageSize(content) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintPage(&painter, content, title);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool writeSvg(QWidget *content, const QString &title, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setTitle(title);
    svg.setDescription(tr("Exported by D&D Event Tracker"));
    svg.setSize(pageSize(content));
    svg.setViewBox(QRect(QPoint(0, 0), pageSize(content)));
    svg.setResolution(content->logicalDpiX());
    {
        QPainter painter(&svg);
        paintPage(&painter, content, title);
    }
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool writePdf(QWidget *content, const QString &title, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("D&D Event Tracker"));
        pdf.setResolution(144);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter(&pdf);
        const QRect page = painter.viewport();
        const QSize size = pageSize(content);
        const qreal scale =
            std::min(qreal(page.width()) / size.width(), qreal(page.height()) / size.height());
        painter.scale(scale, scale);
        paintPage(&painter, content, title);
    }
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool formatFor(const QString &fileName, Format *format)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QString fileFilter()
{
    return tr("PNG images (*.png)") + QStringLiteral(";;") + tr("SVG drawings (*.svg)") +
           QStringLiteral(";;") + tr("PDF documents (*.pdf)");
}

bool write(QWidget *content, const QString &title, const QString &fileName, QString *error)
{
    Format format = Format::Png;
    if (!content || content->width() <= 0 || content->height() <= 0) {
        *error = tr("Nothing to export: open a tab that shows charts.");
        return false;
    }
    if (!formatFor(fileName, &format)) {
        *error = tr("Choose a file name ending in .png, .svg or .pdf.");
        return false;
    }
    switch (format) {
    case Format::Png:
        return writePng(content, title, fileName, error);
    case Format::Svg:
        return writeSvg(content, title, fileName, error);
    case Format::Pdf:
        return writePdf(content, title, fileName, error);
    }
    return false;
}

} // namespace dnd::TabExport
