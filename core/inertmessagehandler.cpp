// SPDX-License-Identifier: MIT
#include "inertmessagehandler.h"

#include "inerttext.h"

#include <QtGlobal>

#include <cstdio>

namespace dnd {

namespace {

QtMessageHandler s_next = nullptr;

void inertHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString inert = InertText::escaped(message);
    if (s_next) {
        s_next(type, context, inert);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, inert).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
}

} // namespace

void installInertMessageHandler()
{
    const QtMessageHandler previous = qInstallMessageHandler(inertHandler);
    if (previous != inertHandler)
        s_next = previous;
}

} // namespace dnd
