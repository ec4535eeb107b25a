// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

#include <limits>
#include <vector>

namespace dnd {

// The latest `capacity` samples of one value over time, oldest first, in a
// fixed-size ring: appending never allocates and the oldest sample falls
// out. The Stream tab's "last ten minutes".
class SampleRing
{
public:
    explicit SampleRing(int capacity);

    void append(qint64 timeMs, double value);
    void clear();
    int size() const { return m_size; }
    int capacity() const { return int(m_samples.size()); }
    // 0 is the oldest sample kept.
    QPointF at(int index) const;
    // (time in ms, value) of the samples at or after fromMs, oldest first:
    // what QXYSeries::replace() takes.
    QList<QPointF> points(qint64 fromMs = std::numeric_limits<qint64>::min()) const;

private:
    std::vector<QPointF> m_samples;
    int m_first = 0; // index of the oldest sample
    int m_size = 0;
};

// A whole session of one value in at most `capacity` points: once full,
// neighbouring points merge in pairs (their mean, or their maximum for
// values whose peaks matter, such as lag), so each point then stands for
// twice as many samples. Memory and the points a chart draws stay bounded
// however long the session runs; the first `capacity` samples are exact.
class DownsampledSeries
{
public:
    enum class Merge
    {
        Mean,
        Max
    };

    // capacity: even, 2 or more.
    explicit DownsampledSeries(int capacity, Merge merge = Merge::Mean);

    void append(qint64 timeMs, double value);
    void clear();
    // Points kept, the one still filling included.
    int size() const { return int(m_points.size()) + (m_pending.count > 0 ? 1 : 0); }
    int samplesPerPoint() const { return m_samplesPerPoint; }
    // Each point at the time of its first sample.
    QList<QPointF> points() const;

private:
    struct Point
    {
        qint64 timeMs = 0;
        double value = 0;
        int count = 0; // samples merged into it
    };
    Point merged(const Point &a, const Point &b) const;

    int m_capacity;
    Merge m_merge;
    int m_samplesPerPoint = 1;
    std::vector<Point> m_points; // complete points
    Point m_pending;             // the point still filling
};

// One value in both views: the recent ring and the whole session.
struct MetricHistory
{
    MetricHistory(int recentCapacity, int sessionCapacity, DownsampledSeries::Merge merge)
        : recent(recentCapacity), session(sessionCapacity, merge)
    {}
    void append(qint64 timeMs, double value)
    {
        recent.append(timeMs, value);
        session.append(timeMs, value);
    }

    SampleRing recent;
    DownsampledSeries session;
};

} // namespace dnd
