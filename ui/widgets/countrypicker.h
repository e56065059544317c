// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class CountrySelection;
class QComboBox;
class QMenu;
class QSpinBox;
class QToolButton;
class SeriesModel;

// Chooses what the country charts show: the indicator, the countries (the SCO members by
// default, any others from a checkable menu) and the years (every year by default). Writes
// only to the CountrySelection.
class CountryPicker : public QWidget
{
    Q_OBJECT
public:
    CountryPicker(CountrySelection *selection, SeriesModel *series, QWidget *parent = nullptr);

    QComboBox *indicatorBox() const { return m_indicators; }
    QMenu *countryMenu() const { return m_menu; }
    // Their lowest value, shown as "any", leaves that end of the range open.
    QSpinBox *fromYearBox() const { return m_fromYear; }
    QSpinBox *toYearBox() const { return m_toYear; }

protected:
    // Keeps the menu open while countries are ticked, by mouse or with Space.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void updateChecks();
    void refillYears();
    void onYearsEdited();
    void onCountryToggled(const QString &code, bool shown);

    CountrySelection *m_selection;
    SeriesModel *m_series;
    QComboBox *m_indicators;
    QToolButton *m_countries;
    QMenu *m_menu;
    QSpinBox *m_fromYear;
    QSpinBox *m_toYear;
};
