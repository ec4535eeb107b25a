// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

namespace dnd {

// Base of our chart views: animations off (live data), no legend unless a
// subclass wants one, chart colours follow the application palette. Every
// chart type lives in its own small subclass so a later move to Qt Graphs
// touches ui/ only.
class ChartWidget : public QChartView
{
    Q_OBJECT
public:
    explicit ChartWidget(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    // Renders the chart at its current size.
    bool savePng(const QString &fileName);

Q_SIGNALS:
    // The user clicked or focused this chart ("the visible chart" to export).
    void activated(dnd::ChartWidget *chart);

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    // Called after the palette changed and the chart theme was reapplied:
    // subclasses restore their own pens.
    virtual void applyColors() {}

private:
    void followPalette();
};

} // namespace dnd
