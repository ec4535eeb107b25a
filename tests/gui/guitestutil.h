// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the GUI tests: a controller on a free-port built-in
// broker, exact event producers, and reading what the charts show.

#include "countbarchart.h"
#include "eventtypechart.h"
#include "gameevent.h"
#include "guicontroller.h"
#include "mainwindow.h"
#include "playertab.h"
#include "producer.h"
#include "statistics.h"
#include "statisticsrefresher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace dnd::test {

// A window + session on its own broker (port 0: tests run in parallel and
// must never take 9092) with settings in a temporary file.
struct GuiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<GuiController> controller;

    bool start(const SettingValues &preferences = {}, int partitions = 1)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        controller = std::make_unique<GuiController>(settings.get());
        EmbeddedBrokerOptions builtIn;
        builtIn.port = 0;
        builtIn.partitions = partitions;
        const SessionOptions options = sessionOptionsFor(preferences, builtIn);
        QString error;
        const bool ok = controller->start(options, preferences, &error);
        if (!ok)
            qWarning("GuiFixture: %s", qPrintable(error));
        controller->window()->show();
        return ok;
    }
    MainWindow *window() const { return controller->window(); }
    TrackerSession *session() const { return controller->session(); }
    StatisticsRefresher *refresher() const { return controller->session()->refresher(); }
    QString bootstrap() const { return controller->session()->bootstrap(); }
};

inline GameEvent rollEvent(const QString &player, int roll, int sides = 20)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::DiceRoll;
    event.type = QStringLiteral("dice_roll");
    event.dieSides = sides;
    event.rollResult = roll;
    event.context = QStringLiteral("attack_roll");
    return event;
}

inline GameEvent spellEvent(const QString &player, const QString &spell)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::SpellCast;
    event.type = QStringLiteral("spell_cast");
    event.spell = spell;
    return event;
}

inline GameEvent encounterEvent(const QString &player, const QString &monster)
{
    GameEvent event;
    event.player = player;
    event.kind = EventKind::Encounter;
    event.type = QStringLiteral("encounter");
    event.monster = monster;
    return event;
}

// Produces exactly these events to `bootstrap` and waits for delivery.
inline bool produceEvents(const QString &bootstrap, const QString &topic,
                          const QVector<GameEvent> &events)
{
    ConnectionSettings connection;
    connection.bootstrap = bootstrap;
    connection.builtInBroker = true; // librdkafka's mock cluster
    Producer producer(connection, topic);
    QString error;
    if (!producer.open(&error)) {
        qWarning("produceEvents: %s", qPrintable(error));
        return false;
    }
    for (const GameEvent &event : events) {
        if (!producer.produce(event))
            return false;
    }
    return producer.flush(10000) && producer.counters().delivered == quint64(events.size());
}

inline bool produceRaw(const QString &bootstrap, const QString &topic, const QByteArray &key,
                       const QByteArray &value)
{
    ConnectionSettings connection;
    connection.bootstrap = bootstrap;
    connection.builtInBroker = true; // librdkafka's mock cluster
    Producer producer(connection, topic);
    QString error;
    return producer.open(&error) && producer.produceRaw(key, value) && producer.flush(10000) &&
           producer.counters().delivered == 1;
}

// True when the tab's events-by-type chart shows exactly the model's counts
// for the player (read back from the QBarSet), everything is shown
// (nothing pending) and the total is `minimum` or more.
inline bool chartMatchesModel(const StatisticsRefresher *model, PlayerTab *tab, quint64 minimum = 1)
{
    if (!tab || model->pendingMessages() != 0)
        return false;
    const PlayerStats *player = model->statistics().player(tab->player());
    if (!player || player->events < minimum)
        return false;
    EventTypeChart *chart = tab->eventTypeChart();
    const QStringList categories = chart->categories();
    quint64 shown = 0;
    for (const QString &category : categories) {
        const auto value = quint64(chart->valueOf(category));
        if (value != player->byType.value(category))
            return false;
        shown += value;
    }
    return shown == player->events;
}

// What answerNextMessageBox saw and did.
struct MessageBoxAnswer
{
    bool seen = false;
    QString title;
    QString text;
    QStringList buttons;    // texts without '&', in the box's order
    QPointer<QTimer> watch; // deleteLater() it to stop waiting for a box
};

// Answers the next modal QMessageBox (e.g. a confirmation) as a user does:
// `button` is clicked by its text (without '&'; empty: Return, which presses
// the default button), after ticking its check box ("Do not ask again")
// when `tick`. Call before the action that opens the box.
inline std::shared_ptr<MessageBoxAnswer> answerNextMessageBox(const QString &button,
                                                              bool tick = false)
{
    auto answer = std::make_shared<MessageBoxAnswer>();
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    answer->watch = timer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, button, tick] {
        QPointer<QMessageBox> box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        answer->seen = true;
        answer->title = box->windowTitle();
        answer->text = box->text();
        for (QAbstractButton *candidate : box->buttons())
            answer->buttons.append(candidate->text().remove(QLatin1Char('&')));
        if (tick && box->checkBox())
            QTest::mouseClick(box->checkBox(), Qt::LeftButton);
        if (button.isEmpty()) {
            QTest::keyClick(box, Qt::Key_Return);
            return;
        }
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                QTest::mouseClick(candidate, Qt::LeftButton);
                return;
            }
        }
        qWarning("answerNextMessageBox: no button %s", qPrintable(button));
        box->reject();
    });
    timer->start();
    return answer;
}

} // namespace dnd::test
