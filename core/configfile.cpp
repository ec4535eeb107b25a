// SPDX-License-Identifier: MIT
#include "configfile.h"

#include "settingvalidators.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dnd {

namespace {

QString tr(const char *text)
{
    return settingsText(text);
}

QString kindOf(const struct stat &status)
{
    if (S_ISDIR(status.st_mode))
        return tr("a directory");
    if (S_ISFIFO(status.st_mode))
        return tr("a FIFO");
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return tr("a device");
    if (S_ISSOCK(status.st_mode))
        return tr("a socket");
    return tr("not a regular file");
}

} // namespace

bool readConfigFile(const QString &path, QString *text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, why);
        return false;
    };
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer. The checks run
    // on the open descriptor, so the file cannot be swapped in between.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fail(qt_error_string(errno));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0)
        return fail(qt_error_string(errno));
    if (!S_ISREG(status.st_mode))
        return fail(tr("it is %1, not a regular file").arg(kindOf(status)));
    if (status.st_size > MaxConfigFileBytes)
        return fail(
            tr("it has %1 bytes; at most %2 are read")
                .arg(QString::number(qint64(status.st_size)), QString::number(MaxConfigFileBytes)));
    // A file that grows while we read stops at the limit, too.
    const QByteArray bytes = file.read(MaxConfigFileBytes + 1);
    if (bytes.size() > MaxConfigFileBytes)
        return fail(tr("it has more than %1 bytes").arg(QString::number(MaxConfigFileBytes)));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString decoded = decoder(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = tr("%1 is not valid UTF-8").arg(path);
        return false;
    }
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    *text = std::move(decoded);
    return true;
}

} // namespace dnd
