// SPDX-License-Identifier: MIT
// Child process of tst_archivefaults: does to an archive what the test
// process must not do to itself (a file size limit, another user, holding
// the lock), and reports on stdout, one line per step.
//   fill PATH BYTES   store 1,000-event batches under RLIMIT_FSIZE = BYTES
//   readonly PATH     open as an unprivileged user (drops root if it has it)
//   hold PATH         open, print "open", keep it until stdin closes
#include "archivestore.h"
#include "archivetestutil.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace dnd;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int reportFault(const ArchiveFault &fault)
{
    say(QStringLiteral("fault %1 %2 | %3").arg(int(fault.kind)).arg(fault.message, fault.detail));
    return 3;
}

QString positionsText(const PartitionPositions &positions)
{
    QStringList parts;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    parts.sort();
    return parts.join(QLatin1Char(','));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString mode = args[1];
    const QString path = args[2];
    ArchiveStore store;
    ArchiveFault fault;

    if (mode == QLatin1String("fill")) {
        // A write past the limit fails with EFBIG instead of killing us.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        limit.rlim_cur = limit.rlim_max = rlim_t(args.value(3).toLongLong());
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 2;
        if (!store.open(path, &fault))
            return reportFault(fault);
        const qint64 source =
            store.sourceId({QStringLiteral("cluster"), QStringLiteral("dnd_events")}, &fault);
        Simulator simulator(SimulatorConfig{});
        QHash<qint32, qint64> next;
        quint64 total = 0;
        for (int i = 0; i < 1000; ++i) {
            const EventBatch batch = testing::simulatedBatch(simulator, 1000, 4, next, 100);
            const StoreResult result = store.store(source, {batch}, &fault);
            if (!result.ok)
                return reportFault(fault);
            total += result.events + result.rejected;
            say(QStringLiteral("stored %1 %2")
                    .arg(total)
                    .arg(positionsText(store.positions(source))));
            if (fault.isFault()) // stored, but the snapshot after it failed
                return reportFault(fault);
        }
        return 0;
    }
    if (mode == QLatin1String("readonly")) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            return 2;
        if (!store.open(path, &fault))
            return reportFault(fault);
        say(QStringLiteral("open"));
        return 0;
    }
    if (mode == QLatin1String("hold")) {
        if (!store.open(path, &fault))
            return reportFault(fault);
        say(QStringLiteral("open"));
        QTextStream in(stdin);
        in.readLine();
        return 0;
    }
    return 2;
}
