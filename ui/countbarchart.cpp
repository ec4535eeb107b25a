// SPDX-License-Identifier: MIT
#include "countbarchart.h"

#include "countaxis.h"
#include "inerttext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace dnd {

CountBarChart::CountBarChart(const QString &title, Qt::Orientation orientation, int maxBars,
                             QWidget *parent)
    : ChartWidget(title, parent), m_maxBars(maxBars)
{
    if (orientation == Qt::Horizontal)
        m_series = new QHorizontalBarSeries;
    else
        m_series = new QBarSeries;
    m_sets.append(new QBarSet(title));
    m_series->append(m_sets.constFirst());
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart()->addSeries(m_series);

    m_categoryAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    CountAxis::initialise(m_valueAxis);
    const Qt::Alignment categoryEdge =
        orientation == Qt::Horizontal ? Qt::AlignLeft : Qt::AlignBottom;
    const Qt::Alignment valueEdge = orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft;
    chart()->addAxis(m_categoryAxis, categoryEdge);
    chart()->addAxis(m_valueAxis, valueEdge);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
}

void CountBarChart::setBarColor(CategoryPalette::Kind kind, const QString &name)
{
    m_barColor = std::make_pair(kind, name);
    applyColors();
}

void CountBarChart::setCategoryColors(CategoryPalette::Kind kind)
{
    if (m_categoryColors)
        return;
    m_categoryColors = kind;
    // A stacked series draws one bar per category from as many sets: each
    // set is one category's bar, so each can have its own colour.
    const bool horizontal = qobject_cast<QHorizontalBarSeries *>(m_series) != nullptr;
    QAbstractBarSeries *stacked =
        horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                   : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    stacked->setLabelsVisible(true);
    stacked->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart()->removeSeries(m_series);
    delete m_series;
    m_series = stacked;
    m_sets.clear();
    chart()->addSeries(m_series);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    rebuildSets(m_values);
}

void CountBarChart::rebuildSets(const QVector<qreal> &values)
{
    if (!m_categoryColors) {
        QBarSet *set = m_sets.constFirst();
        if (set->count() > 0)
            set->remove(0, set->count());
        set->append(QList<qreal>(values.begin(), values.end()));
        return;
    }
    m_series->clear(); // deletes the sets
    m_sets.clear();
    QList<QBarSet *> sets;
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        auto *set = new QBarSet(InertText::escaped(m_categories.at(i)).toHtmlEscaped());
        QList<qreal> row(m_categories.size(), 0.0);
        row[i] = values.value(i);
        set->append(row);
        sets.append(set);
    }
    m_series->append(sets);
    m_sets = sets;
    applyColors();
}

void CountBarChart::setValues(const QStringList &categories, const QVector<qreal> &values)
{
    Q_ASSERT(categories.size() == values.size());
    if (categories != m_categories) {
        // New names: rebuild the values in one go.
        m_categories = categories;
        // Axis labels are rich text: wire names are shown inert and literal.
        QStringList labels;
        labels.reserve(categories.size());
        for (const QString &category : categories)
            labels.append(InertText::escaped(category).toHtmlEscaped());
        // setCategories({}) appends nothing and leaves the old names drawn
        // (the old stream's monsters after a reset), and even clear() keeps
        // the drawn labels: an empty axis is hidden until names come again.
        if (labels.isEmpty())
            m_categoryAxis->clear();
        else
            m_categoryAxis->setCategories(labels);
        m_categoryAxis->setVisible(!labels.isEmpty());
        rebuildSets(values);
    } else {
        for (int i = 0; i < values.size(); ++i) {
            QBarSet *set = m_categoryColors ? m_sets.at(i) : m_sets.constFirst();
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
    }
    m_values = values;
    qreal maximum = 0;
    for (qreal v : values)
        maximum = std::max(maximum, v);
    CountAxis::setMaximum(m_valueAxis, maximum);
}

void CountBarChart::setCounts(const QHash<QString, quint64> &counts)
{
    QVector<std::pair<QString, quint64>> sorted;
    sorted.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (m_maxBars > 0 && sorted.size() > m_maxBars)
        sorted.resize(m_maxBars);
    QStringList categories;
    QVector<qreal> values;
    // Horizontal bars are drawn bottom-up; reverse so the largest is on top.
    const bool horizontal = qobject_cast<QHorizontalBarSeries *>(m_series) != nullptr ||
                            qobject_cast<QHorizontalStackedBarSeries *>(m_series) != nullptr;
    if (horizontal)
        std::reverse(sorted.begin(), sorted.end());
    for (const auto &[name, count] : sorted) {
        categories.append(name);
        values.append(qreal(count));
    }
    setValues(categories, values);
}

void CountBarChart::clear()
{
    setValues({}, {});
}

qreal CountBarChart::valueOf(const QString &category) const
{
    const qsizetype index = m_categories.indexOf(category);
    return index < 0 ? 0 : m_values.value(index);
}

QColor CountBarChart::colorOf(const QString &category) const
{
    const qsizetype index = m_categories.indexOf(category);
    if (index < 0)
        return {};
    return (m_categoryColors ? m_sets.value(index) : m_sets.value(0))->color();
}

void CountBarChart::applyColors()
{
    const bool dark = CategoryPalette::isDark(palette());
    if (m_categoryColors) {
        for (qsizetype i = 0; i < m_sets.size() && i < m_categories.size(); ++i) {
            const QColor color =
                CategoryPalette::color(*m_categoryColors, m_categories.at(i), dark);
            m_sets.at(i)->setColor(color);
            m_sets.at(i)->setBorderColor(color);
        }
    } else if (m_barColor) {
        const QColor color = CategoryPalette::color(m_barColor->first, m_barColor->second, dark);
        m_sets.constFirst()->setColor(color);
        m_sets.constFirst()->setBorderColor(color);
    }
}

} // namespace dnd
