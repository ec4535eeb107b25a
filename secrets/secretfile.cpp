// SPDX-License-Identifier: MIT
#include "secretfile.h"

#include "settingvalidators.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dnd {

namespace {

// lupdate files tr() outside a class under "dnd": the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("dnd", text);
}

QString modeText(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

} // namespace

bool readSecretFile(const QString &path, QString *secret, QString *error)
{
    const QString quoted = quotedSettingValue(path);
    const QByteArray local = QFile::encodeName(path);
    // O_NONBLOCK: a FIFO must not hang the start; it is refused below.
    const int fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        *error = tr("%1 cannot be opened: %2").arg(quoted, qt_error_string(errno));
        return false;
    }
    QFile file;
    // Checked on the open file, so what is checked is what is read.
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = tr("%1 is not a regular file").arg(quoted);
        return false;
    }
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        ::close(fd);
        *error = tr("%1 is readable or writable by %2 (mode %3): a password file must be its "
                    "owner's only; run chmod 600 on it")
                     .arg(quoted, st.st_mode & S_IRWXO ? tr("others") : tr("its group"),
                          modeText(st.st_mode));
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        ::close(fd);
        *error = tr("%1 belongs to another user (uid %2): a password file must be owned by the "
                    "user who runs the program")
                     .arg(quoted)
                     .arg(st.st_uid);
        return false;
    }
    if (st.st_size > MaxSecretFileBytes) {
        ::close(fd);
        *error = tr("%1 is %2 bytes; a password file holds at most %3")
                     .arg(quoted)
                     .arg(qint64(st.st_size))
                     .arg(MaxSecretFileBytes);
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("%1 cannot be read: %2").arg(quoted, file.errorString());
        return false;
    }
    QByteArray bytes = file.read(MaxSecretFileBytes);
    const qsizetype end = bytes.indexOf('\n');
    if (end >= 0)
        bytes.truncate(end);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *error = tr("%1 is empty: the password is its first line").arg(quoted);
        return false;
    }
    *secret = QString::fromUtf8(bytes);
    return true;
}

} // namespace dnd
