// SPDX-License-Identifier: MIT
// PreferencesDialog's Advanced page: any librdkafka property as a key/value
// row (PropertiesTableModel), saved as the kafka-properties setting that -X
// also sets, and checked the way -X is: the syntax and the app's own
// properties here, names and values by librdkafka itself through the
// checker the app installs (the ui layer does not link librdkafka).
#include "preferencesdialog.h"

#include "kafkaproperties.h"
#include "propertiestablemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dnd {

namespace {

PreferencesDialog::PropertyChecker &installedChecker()
{
    static PreferencesDialog::PropertyChecker checker;
    return checker;
}

} // namespace

void PreferencesDialog::setPropertyChecker(PropertyChecker checker)
{
    installedChecker() = std::move(checker);
}

QWidget *PreferencesDialog::buildAdvancedPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);

    m_properties = new PropertiesTableModel(this);
    m_propertiesView = new QTableView(page);
    m_propertiesView->setModel(m_properties);
    m_propertiesView->horizontalHeader()->setStretchLastSection(true);
    m_propertiesView->horizontalHeader()->setSectionResizeMode(PropertiesTableModel::KeyColumn,
                                                               QHeaderView::ResizeToContents);
    m_propertiesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_propertiesView->setEditTriggers(QAbstractItemView::AllEditTriggers);

    m_addProperty = new QPushButton(tr("Add"), page);
    m_removeProperty = new QPushButton(tr("Remove"), page);
    connect(m_addProperty, &QPushButton::clicked, this, [this] {
        const int row = m_properties->addRow();
        const QModelIndex key = m_properties->index(row, PropertiesTableModel::KeyColumn);
        m_propertiesView->setCurrentIndex(key);
        m_propertiesView->edit(key);
    });
    connect(m_removeProperty, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_propertiesView->currentIndex();
        if (current.isValid())
            m_properties->removeRow(current.row());
    });

    auto *row = new QWidget(page);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("librdkafka properties for an external cluster, as kcat -X: "
                                "they win over the app's own choices. The built-in broker "
                                "ignores them."),
                             row);
    intro->setWordWrap(true);
    rowLayout->addWidget(intro);
    rowLayout->addWidget(m_propertiesView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addProperty);
    buttons->addWidget(m_removeProperty);
    buttons->addStretch(1);
    rowLayout->addLayout(buttons);
    addField(form, SettingKey::KafkaProperties, m_propertiesView, row);

    const auto revalidate = [this] { validateAll(); };
    connect(m_properties, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Our own problem marks change ToolTipRole only: no loop.
                if (roles.isEmpty() || roles.contains(Qt::EditRole))
                    validateAll();
            });
    connect(m_properties, &QAbstractItemModel::rowsInserted, this, revalidate);
    connect(m_properties, &QAbstractItemModel::rowsRemoved, this, revalidate);
    connect(m_properties, &QAbstractItemModel::modelReset, this, revalidate);
    return page;
}

QString PreferencesDialog::checkPropertiesTable() const
{
    QStringList problems;
    QString first;
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        const QString entry = m_properties->entry(row);
        QString problem;
        if (!entry.isEmpty()) {
            problem = validateKafkaPropertyList(entry); // the syntax, the app's own
            if (!problem.isEmpty()) {
                problem = tr("Row %1: %2").arg(row + 1).arg(problem);
            } else if (installedChecker()) {
                // librdkafka's own words, the row named as the origin.
                const QStringList refused = installedChecker()(
                    parseKafkaPropertyList(entry, tr("row %1 of the table").arg(row + 1)));
                problem = refused.value(0);
            }
        }
        problems << problem;
        if (first.isEmpty())
            first = problem;
    }
    m_properties->setProblems(problems);
    return first;
}

} // namespace dnd
