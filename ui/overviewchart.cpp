// SPDX-License-Identifier: MIT
#include "overviewchart.h"

#include "categorypalette.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>

namespace dnd {

OverviewChart::OverviewChart(const QString &title, QWidget *parent) : ChartWidget(title, parent)
{
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void OverviewChart::applySetColors()
{
    const bool dark = CategoryPalette::isDark(palette());
    const auto seriesList = chart()->series();
    for (QAbstractSeries *series : seriesList) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const auto sets = bars->barSets();
        for (QBarSet *set : sets) {
            const QString type = set->property(EventTypeProperty).toString();
            const QColor color = type.isEmpty() ? CategoryPalette::other(dark)
                                                : CategoryPalette::eventType(type, dark);
            set->setColor(color);
            set->setBorderColor(color);
        }
    }
}

} // namespace dnd
