// SPDX-License-Identifier: MIT
#include "chartdescription.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QXYSeries>

#include <cmath>

namespace dnd {

namespace {

QString number(const QLocale &locale, qreal value)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale.toString(qint64(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

// Category labels may be rich text (wire names are shown inert that way).
QString plain(const QString &label)
{
    if (!label.contains(QLatin1Char('<')) && !label.contains(QLatin1Char('&')))
        return label;
    return QTextDocumentFragment::fromHtml(label).toPlainText();
}

QStringList categoriesOf(QAbstractSeries *series)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

QString describeBars(const QLocale &locale, QAbstractBarSeries *series)
{
    const QStringList categories = categoriesOf(series);
    QStringList sets;
    for (const QBarSet *set : series->barSets()) {
        QStringList values;
        for (int i = 0; i < set->count(); ++i) {
            const QString value = number(locale, set->at(i));
            values.append(i < categories.size()
                              ? QStringLiteral("%1: %2").arg(plain(categories.at(i)), value)
                              : value);
        }
        if (values.isEmpty())
            continue;
        const QString label = plain(set->label());
        sets.append(label.isEmpty()
                        ? values.join(QStringLiteral(", "))
                        : label + QStringLiteral(": ") + values.join(QStringLiteral(", ")));
    }
    return sets.join(QStringLiteral("; "));
}

QString describeLine(const QLocale &locale, const QXYSeries *series)
{
    const QList<QPointF> points = series->points();
    if (points.isEmpty())
        return {};
    bool constant = true;
    QStringList values;
    for (const QPointF &point : points) {
        constant = constant && qFuzzyCompare(1 + point.y(), 1 + points.constFirst().y());
        values.append(number(locale, point.y()));
    }
    const QString text = constant ? values.constFirst() : values.join(QStringLiteral(", "));
    const QString name = plain(series->name());
    return name.isEmpty() ? text : name + QStringLiteral(": ") + text;
}

} // namespace

QString describeChartValues(const QChart *chart)
{
    const QLocale locale;
    QStringList parts;
    for (QAbstractSeries *series : chart->series()) {
        if (!series->isVisible())
            continue;
        QString part;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            part = describeBars(locale, bars);
        else if (const auto *line = qobject_cast<const QXYSeries *>(series))
            part = describeLine(locale, line);
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(". "));
}

void updateChartAccessibility(QChartView *view, const QString &name)
{
    const QString title = plain(view->chart()->title());
    const QString shown = title.isEmpty() ? name : title;
    if (view->accessibleName() != shown)
        view->setAccessibleName(shown);
    QString values = describeChartValues(view->chart());
    if (values.isEmpty())
        values = QCoreApplication::translate("dnd::ChartDescription", "No data yet");
    const QString description = shown.isEmpty() ? values : shown + QStringLiteral(". ") + values;
    if (view->accessibleDescription() != description)
        view->setAccessibleDescription(description);
}

} // namespace dnd
