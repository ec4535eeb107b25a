// SPDX-License-Identifier: MIT
#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dnd {

namespace {

// Regularized lower incomplete gamma P(a, x) by its power series; converges
// quickly for x < a + 1.
double lowerGammaSeries(double a, double x, double logPrefactor)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 10000; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * 1e-16)
            break;
    }
    return sum * std::exp(logPrefactor);
}

// Regularized upper incomplete gamma Q(a, x) by Legendre's continued fraction,
// evaluated with the modified Lentz method; converges quickly for x >= a + 1.
double upperGammaFraction(double a, double x, double logPrefactor)
{
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < 1e-16)
            break;
    }
    return h * std::exp(logPrefactor);
}

} // namespace

// Remembers the last player looked up. Consecutive events of one player are
// common (a turn is several events), and a string compare is cheaper than a
// hash lookup. Any insert into the hash may rehash and move its values, so
// the pointer is only ever the one returned by the latest lookup.
struct Statistics::PlayerCache
{
    const QString *name = nullptr;
    PlayerStats *stats = nullptr;
};

ApplyResult Statistics::apply(const EventBatch &batch)
{
    // Batches hold only new messages: the consumer dropped redeliveries.
    applyEvents(batch.events);
    applyRejected(batch.rejected);
    return ApplyResult{int(batch.events.size()), int(batch.rejected.size())};
}

void Statistics::applyEvents(const QVector<GameEvent> &events)
{
    PlayerCache cache;
    for (const GameEvent &event : events)
        applyEvent(event, cache);
}

void Statistics::applyRejected(const QVector<RejectedMessage> &rejected)
{
    for (const RejectedMessage &reject : rejected) {
        const auto index = size_t(reject.reason);
        if (index < m_rejected.size())
            ++m_rejected[index];
        ++m_totalRejected;
    }
}

void Statistics::reset()
{
    m_players.clear();
    m_totalsByType.clear();
    m_keyBudget = KeyBudget();
    m_totalEvents = 0;
    m_totalRejected = 0;
    m_rejected.fill(0);
}

const PlayerStats *Statistics::player(const QString &name) const
{
    const auto it = m_players.constFind(name);
    return it == m_players.cend() ? nullptr : &it.value();
}

const QString &Statistics::otherPlayersName()
{
    static const QString name = QStringLiteral("(other players)");
    return name;
}

quint64 Statistics::otherPlayersEvents() const
{
    const PlayerStats *other = player(otherPlayersName());
    return other ? other->events : 0;
}

QStringList Statistics::playerNames() const
{
    QStringList names = m_players.keys();
    names.sort();
    return names;
}

void Statistics::applyEvent(const GameEvent &event, PlayerCache &cache)
{
    if (!cache.stats || *cache.name != event.player) {
        auto it = m_players.find(event.player);
        if (it == m_players.end()) {
            // Each player costs memory and a row in every view: past the cap,
            // new players share one row (a wire name "(other players)" too).
            const QString &name = m_players.size() < MaxPlayers ? event.player : otherPlayersName();
            it = m_players.find(name);
            if (it == m_players.end()) {
                it = m_players.insert(name, PlayerStats{});
                it.value().name = name;
            }
        }
        cache.stats = &it.value();
        cache.name = &it.value().name;
    }
    cache.stats->apply(event, &m_keyBudget);
    ++m_totalEvents;
    countCapped(m_totalsByType, eventTypeKey(event));
}

double chiSquareSurvival(double x, int degreesOfFreedom)
{
    if (degreesOfFreedom <= 0 || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    // Chi-square with k degrees of freedom is Gamma(k/2, scale 2), so the
    // survival function is the regularized upper incomplete gamma Q(k/2, x/2).
    const double a = degreesOfFreedom / 2.0;
    const double t = x / 2.0;
    const double logPrefactor = -t + a * std::log(t) - std::lgamma(a);
    if (t < a + 1.0)
        return std::clamp(1.0 - lowerGammaSeries(a, t, logPrefactor), 0.0, 1.0);
    return std::clamp(upperGammaFraction(a, t, logPrefactor), 0.0, 1.0);
}

} // namespace dnd
