// SPDX-License-Identifier: MIT
#include "countaxis.h"

#include <QValueAxis>

#include <cmath>

namespace dnd::CountAxis {

qint64 step(qreal maximum)
{
    if (!(maximum > MaxTicks))
        return 1;
    qint64 magnitude = 1;
    while (true) {
        for (const qint64 factor : {1, 2, 5}) {
            if (qreal(factor * magnitude) * MaxTicks >= maximum)
                return factor * magnitude;
        }
        magnitude *= 10;
    }
}

void initialise(QValueAxis *axis)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    axis->setRange(0, 1);
}

void setMaximum(QValueAxis *axis, qreal maximum)
{
    // A little headroom so the largest bar's label fits above it.
    const qreal wanted = std::max<qreal>(1, maximum * 1.08);
    const qint64 interval = step(wanted);
    const qreal top = qreal(interval) * std::ceil(wanted / qreal(interval));
    if (axis->tickInterval() != qreal(interval))
        axis->setTickInterval(qreal(interval));
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
}

} // namespace dnd::CountAxis
