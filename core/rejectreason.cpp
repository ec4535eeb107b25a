// SPDX-License-Identifier: MIT
#include "rejectreason.h"

#include <QCoreApplication>

namespace dnd {

QString rejectReasonKey(RejectReason reason)
{
    // Stable: these keys appear in exported files and JSON output.
    switch (reason) {
    case RejectReason::NotUtf8:
        return QStringLiteral("not_utf8");
    case RejectReason::NotJson:
        return QStringLiteral("not_json");
    case RejectReason::NotObject:
        return QStringLiteral("not_object");
    case RejectReason::TooLarge:
        return QStringLiteral("too_large");
    case RejectReason::MissingPlayer:
        return QStringLiteral("missing_player");
    case RejectReason::PlayerTooLong:
        return QStringLiteral("player_too_long");
    case RejectReason::PlayerControlChars:
        return QStringLiteral("player_control_chars");
    case RejectReason::MissingEventType:
        return QStringLiteral("missing_event_type");
    case RejectReason::MissingField:
        return QStringLiteral("missing_field");
    case RejectReason::WrongFieldType:
        return QStringLiteral("wrong_field_type");
    case RejectReason::UnknownDie:
        return QStringLiteral("unknown_die");
    case RejectReason::NonIntegerRoll:
        return QStringLiteral("non_integer_roll");
    case RejectReason::RollOutOfRange:
        return QStringLiteral("roll_out_of_range");
    case RejectReason::FieldTooLong:
        return QStringLiteral("field_too_long");
    case RejectReason::FieldControlChars:
        return QStringLiteral("field_control_chars");
    }
    return QStringLiteral("unknown");
}

QString rejectReasonTitle(RejectReason reason)
{
    const char *title = "Unknown reason";
    switch (reason) {
    case RejectReason::NotUtf8:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Not valid UTF-8");
        break;
    case RejectReason::NotJson:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Not valid JSON");
        break;
    case RejectReason::NotObject:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Not a JSON object");
        break;
    case RejectReason::TooLarge:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Message too large");
        break;
    case RejectReason::MissingPlayer:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Missing or empty player");
        break;
    case RejectReason::PlayerTooLong:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Player name too long");
        break;
    case RejectReason::PlayerControlChars:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason",
                                  "Control or invisible characters in player name");
        break;
    case RejectReason::MissingEventType:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Missing event type");
        break;
    case RejectReason::MissingField:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Missing required field");
        break;
    case RejectReason::WrongFieldType:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Field has the wrong type");
        break;
    case RejectReason::UnknownDie:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Unknown die");
        break;
    case RejectReason::NonIntegerRoll:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Roll is not an integer");
        break;
    case RejectReason::RollOutOfRange:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Roll outside the die");
        break;
    case RejectReason::FieldTooLong:
        title = QT_TRANSLATE_NOOP("dnd::RejectReason", "Text field too long");
        break;
    case RejectReason::FieldControlChars:
        title =
            QT_TRANSLATE_NOOP("dnd::RejectReason", "Control or invisible characters in a field");
        break;
    }
    return QCoreApplication::translate("dnd::RejectReason", title);
}

} // namespace dnd
