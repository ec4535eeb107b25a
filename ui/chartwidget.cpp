// SPDX-License-Identifier: MIT
#include "chartwidget.h"

#include <QChart>
#include <QEvent>
#include <QLocale>
#include <QPixmap>

namespace dnd {

namespace {
QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis and bar labels in the user's locale: "12,345", not "12345".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}
} // namespace

// The chart goes into the constructor: QChartView(QWidget *) makes a chart
// of its own, and setChart() releases rather than deletes it.
ChartWidget::ChartWidget(const QString &title, QWidget *parent)
    : QChartView(makeChart(title), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::ClickFocus);
    setMinimumSize(260, 200);
    // A live chart changes many small items at once (100 roll markers, a
    // line across the plot): one bounding rectangle paints faster than the
    // default minimal region, whose many small rectangles make every item
    // paint under a complex clip (recent rolls: 2.0 -> 1.4 ms a paint).
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    followPalette();
}

QString ChartWidget::title() const
{
    return chart()->title();
}

bool ChartWidget::savePng(const QString &fileName)
{
    return grab().save(fileName, "PNG");
}

void ChartWidget::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        followPalette();
        applyColors();
    }
}

void ChartWidget::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    Q_EMIT activated(this);
}

void ChartWidget::mousePressEvent(QMouseEvent *event)
{
    QChartView::mousePressEvent(event);
    Q_EMIT activated(this);
}

void ChartWidget::followPalette()
{
    // setTheme() resets fonts and colours; it is only called when the
    // palette changes, never per refresh.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    chart()->setTitleBrush(palette().brush(QPalette::Text));
    setBackgroundBrush(palette().brush(QPalette::Window));
}

} // namespace dnd
