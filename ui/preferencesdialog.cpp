// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dnd {

namespace {

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            names.append(trimmed);
    }
    return names;
}

void selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) { // keep an unknown saved value visible so it can be fixed
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

bool overridden(const ResolvedSettings &resolved, SettingKey key)
{
    return resolved.value(key).source > SettingSource::Preferences;
}

// What to write to QSettings: the entered values, except those still equal
// to a command-line / environment / .env override, which keep the stored one.
AppPreferences withoutOverrides(AppPreferences p, const AppPreferences &stored,
                                const ResolvedSettings &r)
{
    if (overridden(r, SettingKey::Broker) && p.effectiveBroker() == r.broker()) {
        p.useBuiltInBroker = stored.useBuiltInBroker;
        p.bootstrap = stored.bootstrap;
    }
    if (overridden(r, SettingKey::Topic) && p.topic == r.topic())
        p.topic = stored.topic;
    if (overridden(r, SettingKey::GroupId) && p.groupId == r.groupId())
        p.groupId = stored.groupId;
    if (overridden(r, SettingKey::StartFrom) && p.startFrom == r.startFrom())
        p.startFrom = stored.startFrom;
    if (overridden(r, SettingKey::RefreshEvery) && p.refreshEvery == r.refreshEvery())
        p.refreshEvery = stored.refreshEvery;
    if (overridden(r, SettingKey::TrackedPlayers) && p.trackedPlayers == r.trackedPlayers())
        p.trackedPlayers = stored.trackedPlayers;
    if (overridden(r, SettingKey::Mode) && p.simulatorMode == r.mode())
        p.simulatorMode = stored.simulatorMode;
    if ((overridden(r, SettingKey::Rate) || overridden(r, SettingKey::Interval)) &&
        qFuzzyCompare(p.simulatorRate, r.eventsPerSecond()))
        p.simulatorRate = stored.simulatorRate;
    if (overridden(r, SettingKey::Seed) && p.simulatorSeed == r.seed())
        p.simulatorSeed = stored.simulatorSeed;
    if (overridden(r, SettingKey::Players) && p.simulatorPlayers == r.players())
        p.simulatorPlayers = stored.simulatorPlayers;
    return p;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildConnectionPage(), tr("Connection"));
    m_tabs->addTab(buildDisplayPage(), tr("Display"));
    m_tabs->addTab(buildSimulatorPage(), tr("Simulator"));

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, &PreferencesDialog::apply);

    m_testTimeout = new QTimer(this);
    m_testTimeout->setSingleShot(true);
    m_testTimeout->setInterval(TestAnswerTimeoutMs);
    connect(m_testTimeout, &QTimer::timeout, this,
            [this] { setTestConnectionResult(false, tr("No answer within 10 seconds.")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    setPreferences(AppPreferences());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPreferences(const AppPreferences &p)
{
    m_initial = p;
    m_builtIn->setChecked(p.useBuiltInBroker);
    m_bootstrap->setText(p.bootstrap);
    m_topic->setText(p.topic);
    m_groupId->setText(p.groupId);
    selectData(m_startFrom, p.startFrom);
    selectData(m_security, p.securityProtocol);
    selectData(m_sasl, p.saslMechanism);
    m_username->setText(p.username);
    m_password->setText(p.password);
    m_caFile->setText(p.caFile);
    m_refreshEvery->setValue(p.refreshEvery);
    m_tracked->setText(p.trackedPlayers.join(QStringLiteral(", ")));
    selectData(m_theme, p.theme);
    selectData(m_mode, p.simulatorMode);
    m_rate->setValue(p.simulatorRate);
    m_seed->setText(QString::number(p.simulatorSeed));
    m_players->setText(p.simulatorPlayers.join(QStringLiteral(", ")));
    m_testResult->clear();
    validateAll();
}

AppPreferences PreferencesDialog::preferences() const
{
    AppPreferences p;
    p.useBuiltInBroker = m_builtIn->isChecked();
    p.bootstrap = m_bootstrap->text().trimmed();
    p.topic = m_topic->text().trimmed();
    p.groupId = m_groupId->text();
    p.startFrom = m_startFrom->currentData().toString();
    p.securityProtocol = m_security->currentData().toString();
    p.saslMechanism = m_sasl->currentData().toString();
    p.username = m_username->text();
    p.password = m_password->text();
    p.caFile = m_caFile->text().trimmed();
    p.refreshEvery = m_refreshEvery->value();
    p.trackedPlayers = splitNames(m_tracked->text());
    p.theme = m_theme->currentData().toString();
    p.simulatorMode = m_mode->currentData().toString();
    p.simulatorRate = m_rate->value();
    bool ok = false;
    const quint64 seed = m_seed->text().trimmed().toULongLong(&ok);
    p.simulatorSeed = ok ? seed : m_initial.simulatorSeed;
    p.simulatorPlayers = splitNames(m_players->text());
    return p;
}

void PreferencesDialog::setResolvedSettings(const ResolvedSettings &resolved)
{
    m_resolved = resolved;
    for (int i = 0; i < PreferenceFieldCount; ++i) {
        const auto field = PreferenceField(i);
        const auto key = settingKeyForField(field);
        QLabel *label = m_overrides[i];
        label->clear();
        label->hide();
        // The broker has one note, under the bootstrap list.
        if (!key || field == PreferenceField::UseBuiltInBroker)
            continue;
        const SettingValue &value = resolved.value(*key);
        if (value.source <= SettingSource::Preferences)
            continue;
        QString shown = value.value;
        if (*key == SettingKey::Broker && shown.isEmpty())
            shown = tr("the built-in broker");
        // e.g. "Overridden by command-line flag --topic; in use: table_7"
        label->setText(
            tr("Overridden by %1; in use: %2").arg(settingOriginDescription(*key, value), shown));
        label->show();
    }
}

void PreferencesDialog::setSettings(QSettings *settings)
{
    m_settings = settings;
}

QPushButton *PreferencesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *PreferencesDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

QString PreferencesDialog::fieldError(PreferenceField field) const
{
    const QLabel *label = m_errors[int(field)];
    return label ? label->text() : QString();
}

QLabel *PreferencesDialog::errorLabel(PreferenceField field) const
{
    return m_errors[int(field)];
}

QLabel *PreferencesDialog::overrideLabel(PreferenceField field) const
{
    if (field == PreferenceField::UseBuiltInBroker)
        field = PreferenceField::Bootstrap;
    return m_overrides[int(field)];
}

QWidget *PreferencesDialog::fieldWidget(PreferenceField field) const
{
    return m_fields[int(field)];
}

bool PreferencesDialog::isInputValid() const
{
    for (const QLabel *label : m_errors) {
        if (label && !label->text().isEmpty())
            return false;
    }
    return true;
}

void PreferencesDialog::validateAll()
{
    if (!m_players) // still building the pages
        return;
    const AppPreferences p = preferences();
    for (int i = 0; i < PreferenceFieldCount; ++i) {
        const auto field = PreferenceField(i);
        QString message = p.validateField(field);
        // The seed is typed as text: a value that does not parse cannot be
        // represented in AppPreferences, so it is checked here.
        if (field == PreferenceField::SimulatorSeed && message.isEmpty())
            message = validateSeed(m_seed->text().trimmed()).isEmpty()
                          ? QString()
                          : tr("Enter a whole number from 0 to 18446744073709551615.");
        m_errors[i]->setText(message);
        m_errors[i]->setVisible(!message.isEmpty());
    }
    updateEnabledStates();
}

void PreferencesDialog::updateEnabledStates()
{
    const bool valid = isInputValid();
    okButton()->setEnabled(valid);
    applyButton()->setEnabled(valid);

    const QString protocol = m_security->currentData().toString();
    const bool sasl = protocol.startsWith(QLatin1String("SASL_"));
    const bool ssl = protocol == QLatin1String("SSL") || protocol == QLatin1String("SASL_SSL");
    m_bootstrap->setEnabled(!m_builtIn->isChecked());
    m_sasl->setEnabled(sasl);
    m_username->setEnabled(sasl);
    m_password->setEnabled(sasl);
    m_caFile->setEnabled(ssl);

    bool connectionValid = true;
    for (PreferenceField field :
         {PreferenceField::Bootstrap, PreferenceField::Topic, PreferenceField::SecurityProtocol,
          PreferenceField::SaslMechanism, PreferenceField::Username, PreferenceField::Password,
          PreferenceField::CaFile})
        connectionValid = connectionValid && m_errors[int(field)]->text().isEmpty();
    m_testButton->setEnabled(connectionValid && !m_testTimeout->isActive());
}

void PreferencesDialog::requestTest()
{
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing…"));
    m_testTimeout->start();
    updateEnabledStates();
    Q_EMIT testConnectionRequested(preferences());
}

void PreferencesDialog::setTestConnectionResult(bool ok, const QString &message)
{
    m_testTimeout->stop();
    m_testResult->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;")
                                   : QStringLiteral("color: #c62828;"));
    m_testResult->setText(ok ? tr("Connected. %1").arg(message) : tr("Failed: %1").arg(message));
    updateEnabledStates();
}

bool PreferencesDialog::apply()
{
    validateAll();
    if (!isInputValid()) {
        // Show the first field with a problem: it may be on another tab.
        for (int i = 0; i < PreferenceFieldCount; ++i) {
            if (m_errors[i]->text().isEmpty())
                continue;
            for (int tab = 0; tab < m_tabs->count(); ++tab) {
                if (m_tabs->widget(tab)->isAncestorOf(m_fields[i]))
                    m_tabs->setCurrentIndex(tab);
            }
            m_fields[i]->setFocus();
            break;
        }
        return false;
    }
    const AppPreferences p = preferences();
    QSettings fallback;
    QSettings &settings = m_settings ? *m_settings : fallback;
    if (m_resolved) {
        AppPreferences stored;
        stored.load(settings);
        withoutOverrides(p, stored, *m_resolved).save(settings);
    } else {
        p.save(settings);
    }
    settings.sync();
    m_initial = p;
    Q_EMIT applied(p);
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace dnd
