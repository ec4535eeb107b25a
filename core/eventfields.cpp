// SPDX-License-Identifier: MIT
#include "eventfields.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace dnd {

namespace {

constexpr std::array<QLatin1StringView, FieldCount> Names = {
    WireField::Player,          WireField::EventType, WireField::Timestamp,   WireField::DiceType,
    WireField::RollResult,      WireField::Context,   WireField::MonsterType, WireField::Location,
    WireField::InitiativeOrder, WireField::SpellName, WireField::Target,      WireField::Effect,
    WireField::EventId,         WireField::GameId,
};

FieldValue fromJsonValue(const QJsonValue &value)
{
    FieldValue field;
    switch (value.type()) {
    case QJsonValue::Null:
        field.type = FieldValue::Type::Null;
        break;
    case QJsonValue::Bool:
        field.type = FieldValue::Type::Bool;
        break;
    case QJsonValue::Double:
        field.type = FieldValue::Type::Number;
        field.number = value.toDouble();
        field.integer = value.toInteger();
        break;
    case QJsonValue::String:
        field.type = FieldValue::Type::String;
        field.text = value.toString();
        break;
    case QJsonValue::Array:
        field.type = FieldValue::Type::Array;
        break;
    case QJsonValue::Object:
        field.type = FieldValue::Type::Object;
        break;
    case QJsonValue::Undefined:
        break;
    }
    return field;
}

} // namespace

QLatin1StringView fieldName(FieldId id)
{
    return Names[size_t(id)];
}

int fieldIndexOfKey(QByteArrayView utf8Key)
{
    // 14 names of 6 to 16 bytes: the length rules out most of them.
    for (int i = 0; i < FieldCount; ++i) {
        if (Names[size_t(i)].size() == utf8Key.size() &&
            std::equal(utf8Key.begin(), utf8Key.end(), Names[size_t(i)].begin()))
            return i;
    }
    return -1;
}

EventFields fieldsFromJsonObject(const QJsonObject &object)
{
    EventFields fields;
    // Lookups stop once every key of the object has been found: messages
    // carry 5-7 of our 14 fields.
    qsizetype unseen = object.size();
    for (int i = 0; i < FieldCount && unseen > 0; ++i) {
        const QJsonValue value = object.value(Names[size_t(i)]);
        if (value.isUndefined())
            continue;
        --unseen;
        fields.values[size_t(i)] = fromJsonValue(value);
    }
    return fields;
}

QString stringFromUtf8(QByteArrayView utf8)
{
    QString text;
    while (utf8.startsWith("\xEF\xBB\xBF")) {
        text += QChar(0xFEFF);
        utf8 = utf8.sliced(3);
    }
    return text + QString::fromUtf8(utf8);
}

} // namespace dnd
