// SPDX-License-Identifier: MIT
// The three pages of PreferencesDialog: which inputs exist and how they are
// laid out (the dialog's behaviour lives in preferencesdialog.cpp).
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dnd {

namespace {

QLabel *makeNoteLabel(QWidget *parent, const QString &color)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // messages may quote user input
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    label->hide();
    return label;
}

} // namespace

void PreferencesDialog::addField(QFormLayout *form, PreferenceField field, const QString &label,
                                 QWidget *widget)
{
    const int i = int(field);
    auto *cell = new QWidget(form->parentWidget());
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(widget);
    m_errors[i] = makeNoteLabel(cell, QStringLiteral("#c62828"));
    m_overrides[i] = makeNoteLabel(cell, QStringLiteral("#8a6d00"));
    cellLayout->addWidget(m_errors[i]);
    cellLayout->addWidget(m_overrides[i]);
    m_fields[i] = widget;
    form->addRow(label, cell);
}

QWidget *PreferencesDialog::buildConnectionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto revalidate = [this] { validateAll(); };

    m_builtIn = new QCheckBox(tr("Use the built-in broker"), page);
    m_bootstrap = new QLineEdit(page);
    m_bootstrap->setPlaceholderText(tr("host:port, host:port"));
    m_topic = new QLineEdit(page);
    m_groupId = new QLineEdit(page);
    m_groupId->setPlaceholderText(tr("Default: unique to this installation"));
    m_startFrom = new QComboBox(page);
    m_startFrom->addItem(tr("Earliest (the whole game)"), QStringLiteral("earliest"));
    m_startFrom->addItem(tr("Latest (new events only)"), QStringLiteral("latest"));
    m_startFrom->addItem(tr("Committed position of the group"), QStringLiteral("committed"));
    m_security = new QComboBox(page);
    for (const QString &protocol : AppPreferences::securityProtocols())
        m_security->addItem(protocol, protocol);
    m_sasl = new QComboBox(page);
    for (const QString &mechanism : AppPreferences::saslMechanisms())
        m_sasl->addItem(mechanism, mechanism);
    m_username = new QLineEdit(page);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Saved obfuscated in the settings file, which hides it from a "
                              "casual look; it is not encryption."));
    m_caFile = new QLineEdit(page);
    m_caFile->setPlaceholderText(tr("System certificates"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text());
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QWidget(page);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);

    addField(form, PreferenceField::UseBuiltInBroker, tr("Broker:"), m_builtIn);
    addField(form, PreferenceField::Bootstrap, tr("Bootstrap servers:"), m_bootstrap);
    addField(form, PreferenceField::Topic, tr("Topic:"), m_topic);
    addField(form, PreferenceField::GroupId, tr("Consumer group:"), m_groupId);
    addField(form, PreferenceField::StartFrom, tr("Start from:"), m_startFrom);
    addField(form, PreferenceField::SecurityProtocol, tr("Security protocol:"), m_security);
    addField(form, PreferenceField::SaslMechanism, tr("SASL mechanism:"), m_sasl);
    addField(form, PreferenceField::Username, tr("User name:"), m_username);
    addField(form, PreferenceField::Password, tr("Password:"), m_password);
    addField(form, PreferenceField::CaFile, tr("CA file:"), caRow);
    m_fields[int(PreferenceField::CaFile)] = m_caFile;

    m_testButton = new QPushButton(tr("Test connection"), page);
    connect(m_testButton, &QPushButton::clicked, this, &PreferencesDialog::requestTest);
    m_testResult = new QLabel(page);
    m_testResult->setTextFormat(Qt::PlainText); // the broker's reason is not markup
    m_testResult->setWordWrap(true);
    form->addRow(m_testButton, m_testResult);

    connect(m_builtIn, &QCheckBox::toggled, this, revalidate);
    for (QLineEdit *edit : {m_bootstrap, m_topic, m_groupId, m_username, m_password, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QComboBox *combo : {m_startFrom, m_security, m_sasl})
        connect(combo, &QComboBox::currentIndexChanged, this, revalidate);
    return page;
}

QWidget *PreferencesDialog::buildDisplayPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_refreshEvery = new QSpinBox(page);
    m_refreshEvery->setRange(1, 1000);
    m_refreshEvery->setSuffix(tr(" messages"));
    m_tracked = new QLineEdit(page);
    m_tracked->setPlaceholderText(tr("Comma separated, e.g. Stravos, Wurs"));
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    addField(form, PreferenceField::RefreshEvery, tr("Refresh charts every:"), m_refreshEvery);
    addField(form, PreferenceField::TrackedPlayers, tr("Player tabs:"), m_tracked);
    addField(form, PreferenceField::Theme, tr("Theme:"), m_theme);

    const auto revalidate = [this] { validateAll(); };
    connect(m_refreshEvery, &QSpinBox::valueChanged, this, revalidate);
    connect(m_tracked, &QLineEdit::textChanged, this, revalidate);
    connect(m_theme, &QComboBox::currentIndexChanged, this, revalidate);
    return page;
}

QWidget *PreferencesDialog::buildSimulatorPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_mode = new QComboBox(page);
    m_mode->addItem(tr("Game (reads like play)"), QStringLiteral("game"));
    m_mode->addItem(tr("Random (like the original producer)"), QStringLiteral("random"));
    m_rate = new QDoubleSpinBox(page);
    m_rate->setRange(AppPreferences::MinSimulatorRate, AppPreferences::MaxSimulatorRate);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" events/s"));
    m_seed = new QLineEdit(page);
    m_players = new QLineEdit(page);
    m_players->setPlaceholderText(tr("Comma separated, e.g. Stravos, Ya, Sylas, Wurs"));
    addField(form, PreferenceField::SimulatorMode, tr("Mode:"), m_mode);
    addField(form, PreferenceField::SimulatorRate, tr("Rate:"), m_rate);
    addField(form, PreferenceField::SimulatorSeed, tr("Seed:"), m_seed);
    addField(form, PreferenceField::SimulatorPlayers, tr("Players:"), m_players);

    const auto revalidate = [this] { validateAll(); };
    connect(m_mode, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, revalidate);
    connect(m_seed, &QLineEdit::textChanged, this, revalidate);
    connect(m_players, &QLineEdit::textChanged, this, revalidate);
    return page;
}

} // namespace dnd
