// SPDX-License-Identifier: MIT
#include "presentationwindow.h"

#include "charts/chartset.h"
#include "format/factformatter.h"
#include "models/dashboardmodels.h"
#include "models/facttablemodel.h"
#include "slidedeck.h"
#include "slidenavigatorkeys.h"

#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

PresentationWindow::PresentationWindow(DashboardModels *models, const QString &theme,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_charts(new ChartSet(models, this))
    , m_navigator(new SlideNavigator(this))
    , m_deck(new SlideDeck(models, m_charts, this))
    , m_footerSource(new QLabel(this))
    , m_footerPage(new QLabel(this))
    , m_blackout(new QWidget(this))
    , m_tick(new QTimer(this))
    , m_pointerTimer(new QTimer(this))
    , m_themeName(ChartTheme::byName(theme).name)
{
    // The window manager adds the application's name after it (applicationDisplayName).
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setMouseTracking(true);
    m_footerSource->setWordWrap(true);
    m_footerSource->setTextFormat(Qt::PlainText);
    m_footerPage->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_footer = new QHBoxLayout;
    QHBoxLayout *footer = m_footer;
    footer->addWidget(m_footerSource, 1);
    footer->addWidget(m_footerPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_deck, 1);
    layout->addLayout(footer);
    m_blackout->setAutoFillBackground(true);
    m_blackout->hide();
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        child->setMouseTracking(true); // pointer movement anywhere shows the pointer again
        child->setFocusPolicy(Qt::NoFocus);
    }

    m_navigator->setSlideCount(m_deck->count());
    connect(m_navigator, &SlideNavigator::currentChanged, this,
            &PresentationWindow::onCurrentChanged);
    connect(m_navigator, &SlideNavigator::screenChanged, this,
            &PresentationWindow::onScreenChanged);
    connect(m_navigator, &SlideNavigator::leaveRequested, this, &PresentationWindow::leave);
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &PresentationWindow::onTick);
    m_pointerTimer->setSingleShot(true);
    m_pointerTimer->setInterval(kPointerHideMs);
    connect(m_pointerTimer, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });
    qApp->installEventFilter(this);
    onCurrentChanged(0);
    restyle();
}

PresentationWindow::~PresentationWindow()
{
    qApp->removeEventFilter(this);
}

void PresentationWindow::present(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    activateWindow();
    setFocus(Qt::ActiveWindowFocusReason);
    m_pointerTimer->start();
}

void PresentationWindow::setInterval(int seconds)
{
    m_navigator->setInterval(seconds * 1000);
    if (seconds > 0) {
        m_clock.start();
        m_tick->start();
    } else {
        m_tick->stop();
    }
}

void PresentationWindow::setTheme(const QString &name)
{
    m_themeName = ChartTheme::byName(name).name;
    m_styledSize = QSize();
    restyle();
}

void PresentationWindow::setPointerHideDelay(int milliseconds)
{
    m_pointerTimer->setInterval(milliseconds);
}

QString PresentationWindow::footerText() const
{
    return m_footerSource->text() + QStringLiteral(" | ") + m_footerPage->text();
}

bool PresentationWindow::isPointerHidden() const
{
    return cursor().shape() == Qt::BlankCursor;
}

bool PresentationWindow::isShowingBlackout() const
{
    return m_blackout->isVisible();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_T) {
        const QStringList names = ChartTheme::names();
        setTheme(names.at((names.indexOf(m_themeName) + 1) % names.size()));
        return;
    }
    if (!m_navigator->handle(SlideNavigatorKeys::fromEvent(event)))
        QWidget::keyPressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_blackout->setGeometry(rect());
    restyle();
}

// Any mouse movement over the show brings the pointer back for another 2 s.
bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this) {
            unsetCursor();
            m_pointerTimer->start();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Next Slide"), m_navigator, &SlideNavigator::next);
    menu.addAction(tr("Previous Slide"), m_navigator, &SlideNavigator::previous);
    QMenu *themes = menu.addMenu(tr("Theme"));
    for (const QString &name : ChartTheme::names()) {
        QAction *action = themes->addAction(ChartTheme::displayName(name), this,
                                            [this, name] { setTheme(name); });
        action->setCheckable(true);
        action->setChecked(name == m_themeName);
    }
    menu.addAction(m_navigator->isPaused() ? tr("Resume Auto-Advance") : tr("Pause Auto-Advance"),
                   this, [this] { m_navigator->handle(SlideNavigator::Key::Pause); });
    menu.addSeparator();
    menu.addAction(tr("End Show"), this, &PresentationWindow::leave);
    menu.exec(event->globalPos());
}

void PresentationWindow::onCurrentChanged(int index)
{
    m_deck->setCurrentIndex(index);
    m_footerPage->setText(tr("%1 / %2").arg(index + 1).arg(m_deck->count()));
    m_footerSource->setText(m_deck->sourceLine(index));
    setAccessibleName(m_deck->slideTitle(index));
}

void PresentationWindow::onScreenChanged(SlideNavigator::Screen screen)
{
    QPalette p = m_blackout->palette();
    p.setColor(QPalette::Window, screen == SlideNavigator::Screen::White ? Qt::white : Qt::black);
    m_blackout->setPalette(p);
    m_blackout->setVisible(screen != SlideNavigator::Screen::Slide);
    m_blackout->raise();
}

void PresentationWindow::onTick()
{
    m_navigator->elapse(int(m_clock.restart()));
}

void PresentationWindow::restyle()
{
    if (size() == m_styledSize)
        return;
    m_styledSize = size();
    const qreal dpi = screen() ? screen()->logicalDotsPerInchY() : 96.0;
    m_style = SlideStyle::forScreen(size(), dpi, ChartTheme::byName(m_themeName));
    m_deck->applyStyle(m_style);
    QPalette p = palette();
    p.setColor(QPalette::Window, m_style.chartTheme.background);
    p.setColor(QPalette::WindowText, m_style.chartTheme.mutedText);
    setPalette(p);
    m_footer->setContentsMargins(m_style.titlePx, 0, m_style.titlePx, m_style.titlePx / 3);
    for (QLabel *label : {m_footerSource, m_footerPage}) {
        QFont font = label->font();
        font.setPixelSize(m_style.bodyPx);
        label->setFont(font);
        label->setPalette(p);
    }
}

void PresentationWindow::leave()
{
    emit finished();
    close();
}
