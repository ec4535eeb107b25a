// SPDX-License-Identifier: MIT
#include "timeseries.h"

#include <algorithm>

namespace dnd {

SampleRing::SampleRing(int capacity) : m_samples(size_t(std::max(1, capacity))) {}

void SampleRing::append(qint64 timeMs, double value)
{
    const int capacity = this->capacity();
    const QPointF sample(qreal(timeMs), value);
    if (m_size < capacity) {
        m_samples[size_t((m_first + m_size) % capacity)] = sample;
        ++m_size;
    } else {
        m_samples[size_t(m_first)] = sample; // overwrites the oldest
        m_first = (m_first + 1) % capacity;
    }
}

void SampleRing::clear()
{
    m_first = 0;
    m_size = 0;
}

QPointF SampleRing::at(int index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return m_samples[size_t((m_first + index) % capacity())];
}

QList<QPointF> SampleRing::points(qint64 fromMs) const
{
    // Samples are appended in time order: skip the old ones by bisection.
    int low = 0;
    int high = m_size;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (at(middle).x() < qreal(fromMs))
            low = middle + 1;
        else
            high = middle;
    }
    QList<QPointF> result;
    result.reserve(m_size - low);
    for (int i = low; i < m_size; ++i)
        result.append(at(i));
    return result;
}

DownsampledSeries::DownsampledSeries(int capacity, Merge merge)
    : m_capacity(std::max(2, capacity - capacity % 2)), m_merge(merge)
{
    m_points.reserve(size_t(m_capacity));
}

DownsampledSeries::Point DownsampledSeries::merged(const Point &a, const Point &b) const
{
    if (a.count == 0)
        return b;
    Point point;
    point.timeMs = a.timeMs;
    point.count = a.count + b.count;
    point.value = m_merge == Merge::Max
                      ? std::max(a.value, b.value)
                      : (a.value * a.count + b.value * b.count) / double(point.count);
    return point;
}

void DownsampledSeries::append(qint64 timeMs, double value)
{
    m_pending = merged(m_pending, Point{timeMs, value, 1});
    if (m_pending.count < m_samplesPerPoint)
        return;
    m_points.push_back(m_pending);
    m_pending = Point();
    if (int(m_points.size()) < m_capacity)
        return;
    // Full: halve the resolution in place.
    for (size_t i = 0; i < m_points.size() / 2; ++i)
        m_points[i] = merged(m_points[2 * i], m_points[2 * i + 1]);
    m_points.resize(m_points.size() / 2);
    m_samplesPerPoint *= 2;
}

void DownsampledSeries::clear()
{
    m_points.clear();
    m_pending = Point();
    m_samplesPerPoint = 1;
}

QList<QPointF> DownsampledSeries::points() const
{
    QList<QPointF> result;
    result.reserve(size());
    for (const Point &point : m_points)
        result.append(QPointF(qreal(point.timeMs), point.value));
    if (m_pending.count > 0)
        result.append(QPointF(qreal(m_pending.timeMs), m_pending.value));
    return result;
}

} // namespace dnd
