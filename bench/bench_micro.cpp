// SPDX-License-Identifier: MIT
// Micro benchmarks of the domain: decode+validate (the product's fast reader
// and, as the reference in the same run, Qt JSON alone), encode and
// statistics apply, per event, on the original producer's event shapes (random mode)
// and on game-mode events. Items per second are reported by Google Benchmark;
// ns per event = 1e9 / items_per_second.
#include "codec.h"
#include "eventbatch.h"
#include "simulator.h"
#include "statistics.h"
#include "utf8.h"

#include <benchmark/benchmark.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QVector>

namespace {

constexpr int SampleSize = 10'000;

QVector<dnd::GameEvent> sampleEvents(dnd::SimulationMode mode)
{
    dnd::SimulatorConfig config;
    config.mode = mode;
    config.seed = 42;
    dnd::Simulator simulator(config);
    QVector<dnd::GameEvent> events;
    events.reserve(SampleSize);
    for (int i = 0; i < SampleSize; ++i)
        events.append(simulator.next());
    return events;
}

QVector<QByteArray> samplePayloads(dnd::SimulationMode mode)
{
    QVector<QByteArray> payloads;
    for (const auto &event : sampleEvents(mode))
        payloads.append(dnd::Codec::encode(event));
    return payloads;
}

dnd::SimulationMode modeOf(const benchmark::State &state)
{
    return state.range(0) == 0 ? dnd::SimulationMode::Random : dnd::SimulationMode::Game;
}

// Arg 0: sample (0 random, 1 game); arg 1: reader (0 the product's
// FastThenQt, 1 QtOnly, the reference).
void BM_Decode(benchmark::State &state)
{
    const auto payloads = samplePayloads(modeOf(state));
    const auto reader = state.range(1) == 0 ? dnd::JsonReader::FastThenQt : dnd::JsonReader::QtOnly;
    qsizetype i = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        auto result = dnd::Codec::decode(payloads[i], reader);
        benchmark::DoNotOptimize(result);
        bytes += payloads[i].size();
        if (++i == payloads.size())
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(bytes);
    state.counters["bytes_per_event"] = double(bytes) / double(qMax<qint64>(1, state.iterations()));
    state.SetLabel(std::string(state.range(0) == 0 ? "random" : "game") +
                   (state.range(1) == 0 ? ", fast reader" : ", Qt JSON only"));
}

// Qt's JSON parser alone (QJsonDocument::fromJson + object()), no field
// reading or validation: the floor of any decode built on Qt JSON. Compare
// with BM_Decode to see what the field reading adds.
void BM_QtJsonParseOnly(benchmark::State &state)
{
    const auto payloads = samplePayloads(modeOf(state));
    qsizetype i = 0;
    for (auto _ : state) {
        const QByteArray &payload = payloads[i];
        QJsonParseError error;
        const QJsonObject object =
            QJsonDocument::fromJson(QByteArray::fromRawData(payload.data(), payload.size()), &error)
                .object();
        benchmark::DoNotOptimize(object);
        if (++i == payloads.size())
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(state.range(0) == 0 ? "random" : "game");
}

void BM_Encode(benchmark::State &state)
{
    const auto events = sampleEvents(modeOf(state));
    qsizetype i = 0;
    for (auto _ : state) {
        auto payload = dnd::Codec::encode(events[i]);
        benchmark::DoNotOptimize(payload);
        if (++i == events.size())
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(state.range(0) == 0 ? "random" : "game");
}

void BM_StatisticsApply(benchmark::State &state)
{
    // Batches of 2,000 as the consumer worker emits them, with offsets so the
    // dedup path is part of the measurement.
    auto events = sampleEvents(modeOf(state));
    dnd::Statistics statistics;
    qint64 offset = 0;
    for (auto _ : state) {
        state.PauseTiming();
        dnd::EventBatch batch;
        batch.events.reserve(2000);
        for (int i = 0; i < 2000; ++i) {
            dnd::GameEvent event = events[(offset + i) % events.size()];
            event.partition = 0;
            event.offset = offset + i;
            batch.events.append(std::move(event));
        }
        batch.ranges.append({0, offset, offset + 1999});
        offset += 2000;
        state.ResumeTiming();
        benchmark::DoNotOptimize(statistics.apply(batch));
    }
    state.SetItemsProcessed(state.iterations() * 2000);
    state.SetLabel(state.range(0) == 0 ? "random" : "game");
}

// The UTF-8 validity test of Codec::decode, side by side (issue 13): arg 0
// sample, arg 1 the check (0 QByteArrayView::isValidUtf8, which decode uses,
// 1 our Utf8::firstInvalid, kept to name the offending byte).
void BM_Utf8Check(benchmark::State &state)
{
    const auto payloads = samplePayloads(modeOf(state));
    const bool qt = state.range(1) == 0;
    qsizetype i = 0;
    for (auto _ : state) {
        const QByteArrayView payload = payloads[i];
        bool valid = qt ? payload.isValidUtf8() : dnd::Utf8::firstInvalid(payload) < 0;
        benchmark::DoNotOptimize(valid);
        if (++i == payloads.size())
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(std::string(state.range(0) == 0 ? "random" : "game") +
                   (qt ? ", QByteArrayView::isValidUtf8" : ", Utf8::firstInvalid"));
}

} // namespace

BENCHMARK(BM_Utf8Check)->ArgsProduct({{0, 1}, {0, 1}});
BENCHMARK(BM_Decode)->ArgsProduct({{0, 1}, {0, 1}});
BENCHMARK(BM_QtJsonParseOnly)->Arg(0)->Arg(1);
BENCHMARK(BM_Encode)->Arg(0)->Arg(1);
BENCHMARK(BM_StatisticsApply)->Arg(0)->Arg(1);
BENCHMARK_MAIN();
