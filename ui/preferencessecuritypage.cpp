// SPDX-License-Identifier: MIT
// PreferencesDialog's Security page (protocol, SASL, TLS files) and its
// secrets: the SASL password read from and written to the desktop keyring
// without blocking (PreferencesSecrets), never to the settings file.
#include "preferencesdialog.h"

#include "preferencessecrets.h"
#include "settingtexts.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dnd {

namespace {

QComboBox *makeChoices(QWidget *parent, SettingKey key)
{
    auto *combo = new QComboBox(parent);
    for (const QString &choice : settingInfo(key).choices)
        combo->addItem(choice, choice);
    return combo;
}

// A line edit for a file with a Browse… button beside it.
QWidget *fileRow(QWidget *parent, QLineEdit *edit, const QString &caption)
{
    auto *browse = new QPushButton(PreferencesDialog::tr("Browse…"), parent);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, caption] {
        const QString file = QFileDialog::getOpenFileName(edit->window(), caption, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

QWidget *PreferencesDialog::buildSecurityPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_security = makeChoices(page, SettingKey::SecurityProtocol);
    m_sasl = makeChoices(page, SettingKey::SaslMechanism);
    m_username = new QLineEdit(page);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = new QLineEdit(page);
    m_caFile->setPlaceholderText(tr("System certificates"));
    m_certFile = new QLineEdit(page);
    m_certFile->setPlaceholderText(tr("None (no client certificate)"));
    m_keyFile = new QLineEdit(page);
    m_keyPassword = new QLineEdit(page);
    m_keyPassword->setEchoMode(QLineEdit::Password);
    m_keyPassword->setPlaceholderText(tr("Only for an encrypted key"));

    addField(form, SettingKey::SecurityProtocol, m_security);
    addField(form, SettingKey::SaslMechanism, m_sasl);
    addField(form, SettingKey::Username, m_username);
    addField(form, SettingKey::Password, m_password);
    addField(form, SettingKey::CaFile, m_caFile, fileRow(page, m_caFile, tr("CA certificate")));
    addField(form, SettingKey::CertFile, m_certFile,
             fileRow(page, m_certFile, tr("Client certificate")));
    addField(form, SettingKey::KeyFile, m_keyFile, fileRow(page, m_keyFile, tr("Client key")));
    addField(form, SettingKey::KeyPassword, m_keyPassword);
    // Under the passwords: where they are kept, or why they are not.
    m_keyringNote = new QLabel(page);
    m_keyringNote->setTextFormat(Qt::PlainText); // the keyring's reason is not markup
    m_keyringNote->setWordWrap(true);
    form->addRow(QString(), m_keyringNote);

    m_secrets = new PreferencesSecrets(this);
    connect(m_secrets, &PreferencesSecrets::secretRead, this, &PreferencesDialog::onSecretRead);
    connect(m_secrets, &PreferencesSecrets::stateChanged, this,
            &PreferencesDialog::updateKeyringNote);
    updateKeyringNote();

    const auto revalidate = [this] { validateAll(); };
    for (QLineEdit *edit : {m_username, m_password, m_caFile, m_certFile, m_keyFile, m_keyPassword})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QComboBox *combo : {m_security, m_sasl})
        connect(combo, &QComboBox::currentIndexChanged, this, revalidate);
    return page;
}

void PreferencesDialog::loadSecrets(const SettingValues &values)
{
    for (const SettingInfo &info : settingSchema()) {
        if (info.keyringKey)
            m_shownSecrets[size_t(info.key)] = values.value(info.key);
    }
    m_secrets->readAll();
}

void PreferencesDialog::onSecretRead(SettingKey key, const QString &secret)
{
    const size_t i = size_t(key);
    m_storedSecrets[i] = secret;
    auto *edit = qobject_cast<QLineEdit *>(m_fields[i]);
    // A value from the environment wins, and what the user typed meanwhile
    // stays.
    if (!edit || secret.isEmpty() || (m_resolved && m_resolved->isOverridden(key)) ||
        edit->text() != m_shownSecrets[i])
        return;
    m_shownSecrets[i] = secret;
    m_initial.setValue(key, secret); // what Cancel returns to
    edit->setText(secret);
}

void PreferencesDialog::saveSecrets(const SettingValues &values,
                                    const std::function<bool(SettingKey)> &keep)
{
    // Without a keyring the values live on in applied()'s values: this run.
    if (m_secrets->state() == PreferencesSecrets::State::Unavailable)
        return;
    for (const SettingInfo &info : settingSchema()) {
        const size_t i = size_t(info.key);
        if (!info.keyringKey || keep(info.key))
            continue;
        const QString secret = values.value(info.key);
        // Not read yet: an empty field is "not loaded", not "delete it".
        if (m_storedSecrets[i] ? *m_storedSecrets[i] == secret : secret.isEmpty())
            continue;
        m_storedSecrets[i] = secret;
        m_secrets->write(info.key, secret);
    }
}

void PreferencesDialog::updateKeyringNote()
{
    QString text;
    QString colour;
    switch (m_secrets->state()) {
    case PreferencesSecrets::State::Unavailable:
        text =
            tr("Not saved: %1. The passwords are kept for this run only.").arg(m_secrets->reason());
        colour = QStringLiteral("#8a6d00");
        break;
    case PreferencesSecrets::State::Busy:
    case PreferencesSecrets::State::Unknown:
    case PreferencesSecrets::State::Available:
        text = tr("Kept in the desktop keyring: the passwords, never the settings file.");
        break;
    }
    m_keyringNote->setText(text);
    m_keyringNote->setStyleSheet(colour.isEmpty() ? QString()
                                                  : QStringLiteral("color: %1;").arg(colour));
}

} // namespace dnd
