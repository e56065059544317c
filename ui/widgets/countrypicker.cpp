// SPDX-License-Identifier: MIT
#include "countrypicker.h"

#include "elidingcombobox.h"
#include "models/countryselection.h"
#include "models/seriesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

CountryPicker::CountryPicker(CountrySelection *selection, SeriesModel *series, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_series(series)
    , m_indicators(new ElidingComboBox(this))
    , m_countries(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_fromYear(new QSpinBox(this))
    , m_toYear(new QSpinBox(this))
{
    auto *label = new QLabel(tr("&Indicator:"), this);
    label->setBuddy(m_indicators);
    m_indicators->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicators->setMinimumContentsLength(16);
    m_indicators->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_countries->setPopupMode(QToolButton::InstantPopup);
    // Never narrower than its text: the indicator box gives way first (its list shows names
    // whole).
    m_countries->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_countries->setMenu(m_menu);
    m_menu->installEventFilter(this);
    m_countries->setToolTip(tr("Choose the countries to chart; the SCO members by default"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    layout->addWidget(label);
    layout->addWidget(m_indicators, 1);
    layout->addWidget(m_countries);
    auto *years = new QLabel(tr("&Years:"), this);
    years->setBuddy(m_fromYear);
    layout->addSpacing(8);
    layout->addWidget(years);
    layout->addWidget(m_fromYear);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_toYear);
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        box->setSpecialValueText(tr("any"));
        box->setGroupSeparatorShown(false);
        box->setKeyboardTracking(false); // a year is applied when typed whole
        connect(box, &QSpinBox::valueChanged, this, &CountryPicker::onYearsEdited);
    }
    m_fromYear->setAccessibleName(tr("First year"));
    m_toYear->setAccessibleName(tr("Last year"));
    m_fromYear->setToolTip(tr("The first year the country charts show; \"any\" for the first "
                              "the series has"));
    m_toYear->setToolTip(tr("The last year the country charts show; \"any\" for the last the "
                            "series has. SCO members compared shows each country's latest year "
                            "up to it"));

    connect(m_indicators, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_selection->setIndicator(m_indicators->itemData(index).toString());
    });
    connect(m_selection, &CountrySelection::changed, this, &CountryPicker::refill);
    refill();
}

void CountryPicker::refill()
{
    {
        const QSignalBlocker blocker(m_indicators);
        m_indicators->clear();
        for (const auto &[key, name] : m_selection->indicatorChoices()) {
            m_indicators->addItem(name, key);
            for (const Data::Series &s : m_series->series()) {
                if (s.key == key)
                    m_indicators->setItemData(m_indicators->count() - 1, s.source.publisher,
                                              Qt::ToolTipRole);
            }
        }
        m_indicators->setCurrentIndex(m_indicators->findData(m_selection->indicator()));
        // A narrow window shortens the name in the box; its tooltip names it whole.
        const QString name = m_indicators->currentText();
        m_indicators->setToolTip(name.isEmpty() ? tr("The country series to chart")
                                                : tr("The country series to chart: %1").arg(name));
    }
    refillYears();
    if (m_menu->isVisible()) {
        updateChecks(); // ticking in the open menu: its entries stay, their ticks follow
        return;
    }
    m_menu->clear();
    QAction *members =
        m_menu->addAction(tr("SCO &members"), m_selection, &CountrySelection::showMembers);
    members->setCheckable(true);
    members->setChecked(m_selection->showsMembers());
    const QList<std::pair<QString, QString>> countries = m_selection->countriesOfIndicator();
    m_menu->addAction(tr("&All countries"), this, [this, countries] {
        QSet<QString> all;
        for (const auto &country : countries)
            all.insert(country.first);
        m_selection->setCountries(all);
    });
    m_menu->addAction(tr("&None"), this, [this] { m_selection->setCountries({}); });
    m_menu->addSeparator();
    for (const auto &[code, name] : countries) {
        QAction *action = m_menu->addAction(name);
        action->setData(code); // marks a country's entry, which ticks without closing
        action->setCheckable(true);
        connect(action, &QAction::toggled, this,
                [this, code](bool checked) { onCountryToggled(code, checked); });
    }
    updateChecks();
    setEnabled(!countries.isEmpty());
}

void CountryPicker::updateChecks()
{
    int shown = 0, countries = 0;
    const QList<QAction *> actions = m_menu->actions();
    for (QAction *action : actions) {
        const QString code = action->data().toString();
        const QSignalBlocker blocker(action);
        if (code.isEmpty()) { // "SCO members" is the only other checkable entry
            action->setChecked(action->isCheckable() && m_selection->showsMembers());
            continue;
        }
        action->setChecked(m_selection->isShown(code));
        shown += action->isChecked() ? 1 : 0;
        ++countries;
    }
    m_countries->setText(m_selection->showsMembers()
                             ? tr("Countries: SCO members")
                             : tr("Countries: %1 of %2").arg(shown).arg(countries));
    // The style sizes an instant-popup button for its text alone and draws the arrow over the
    // last letters: room for the arrow too.
    const int arrow =
        m_countries->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_countries);
    m_countries->setMinimumWidth(0);
    m_countries->setMaximumWidth(QWIDGETSIZE_MAX);
    m_countries->setFixedWidth(m_countries->sizeHint().width() + arrow);
}

bool CountryPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_menu)
        return QWidget::eventFilter(watched, event);
    QAction *action = nullptr;
    if (event->type() == QEvent::MouseButtonRelease)
        action = m_menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
    else if (event->type() == QEvent::KeyPress &&
             static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space)
        action = m_menu->activeAction();
    // A country is ticked in place; "SCO members", "All" and "None" close the menu as usual.
    if (!action || !action->isCheckable() || action->data().toString().isEmpty())
        return QWidget::eventFilter(watched, event);
    action->trigger();
    return true;
}

void CountryPicker::onCountryToggled(const QString &code, bool shown)
{
    QSet<QString> countries = m_selection->countries();
    if (shown)
        countries.insert(code);
    else
        countries.remove(code);
    m_selection->setCountries(countries);
}

// The boxes run over the indicator's years; one below its first year stands for "any".
void CountryPicker::refillYears()
{
    const auto [first, last] = m_selection->yearsOfIndicator();
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        const QSignalBlocker blocker(box);
        box->setRange(first - 1, std::max(first, last));
        box->setEnabled(first != 0);
    }
    const QSignalBlocker fromBlocker(m_fromYear);
    const QSignalBlocker toBlocker(m_toYear);
    m_fromYear->setValue(m_selection->fromYear() != 0 ? m_selection->fromYear() : first - 1);
    m_toYear->setValue(m_selection->toYear() != 0 ? m_selection->toYear() : first - 1);
}

void CountryPicker::onYearsEdited()
{
    const auto yearOf = [](const QSpinBox *box) {
        return box->value() == box->minimum() ? 0 : box->value();
    };
    m_selection->setYears(yearOf(m_fromYear), yearOf(m_toYear));
}
