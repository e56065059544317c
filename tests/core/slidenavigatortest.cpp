// SPDX-License-Identifier: MIT
#include "presentation/slidenavigator.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

using Key = SlideNavigator::Key;

class SlideNavigatorTest : public ::testing::Test
{
protected:
    void SetUp() override { m_nav.setSlideCount(7); }
    void press(std::initializer_list<Key> keys)
    {
        for (Key key : keys)
            m_nav.handle(key);
    }
    SlideNavigator m_nav;
};

TEST_F(SlideNavigatorTest, ForwardAndBackWrapAround)
{
    EXPECT_EQ(m_nav.current(), 0);
    press({Key::Next, Key::Next});
    EXPECT_EQ(m_nav.current(), 2);
    press({Key::Previous});
    EXPECT_EQ(m_nav.current(), 1);
    press({Key::Last, Key::Next});
    EXPECT_EQ(m_nav.current(), 0) << "past the last slide wraps to the first";
    press({Key::Previous});
    EXPECT_EQ(m_nav.current(), 6) << "before the first slide wraps to the last";
    press({Key::First});
    EXPECT_EQ(m_nav.current(), 0);
}

TEST_F(SlideNavigatorTest, TypedNumberAndEnterJump)
{
    press({Key::Digit4, Key::Enter});
    EXPECT_EQ(m_nav.current(), 3);
    press({Key::Digit1, Key::Digit2, Key::Enter});
    EXPECT_EQ(m_nav.current(), 6) << "numbers past the end go to the last slide";
    press({Key::Digit0, Key::Enter});
    EXPECT_EQ(m_nav.current(), 0);
    press({Key::Enter});
    EXPECT_EQ(m_nav.current(), 1) << "Enter alone goes forward, as clickers expect";
    press({Key::Digit5, Key::Next});
    EXPECT_EQ(m_nav.current(), 2) << "another key drops the typed number";
    EXPECT_TRUE(m_nav.typedNumber().isEmpty());
}

TEST_F(SlideNavigatorTest, BlackAndWhiteScreensToggleAndNavigationEndsThem)
{
    QSignalSpy screens(&m_nav, &SlideNavigator::screenChanged);
    press({Key::Black});
    EXPECT_EQ(m_nav.screen(), SlideNavigator::Screen::Black);
    press({Key::Black});
    EXPECT_EQ(m_nav.screen(), SlideNavigator::Screen::Slide);
    press({Key::White});
    EXPECT_EQ(m_nav.screen(), SlideNavigator::Screen::White);
    press({Key::Black});
    EXPECT_EQ(m_nav.screen(), SlideNavigator::Screen::Black) << "B on a white screen goes black";
    press({Key::Next});
    EXPECT_EQ(m_nav.screen(), SlideNavigator::Screen::Slide);
    EXPECT_EQ(m_nav.current(), 1);
    EXPECT_EQ(screens.count(), 5);
}

TEST_F(SlideNavigatorTest, LeaveIsRequestedOnce)
{
    QSignalSpy leave(&m_nav, &SlideNavigator::leaveRequested);
    EXPECT_TRUE(m_nav.handle(Key::Leave));
    EXPECT_EQ(leave.count(), 1);
    EXPECT_FALSE(m_nav.handle(Key::Other));
}

TEST_F(SlideNavigatorTest, AutoAdvanceMovesOnEachIntervalAndLoops)
{
    m_nav.setInterval(10000);
    m_nav.elapse(9999);
    EXPECT_EQ(m_nav.current(), 0);
    m_nav.elapse(1);
    EXPECT_EQ(m_nav.current(), 1);
    m_nav.elapse(50000);
    EXPECT_EQ(m_nav.current(), 6);
    m_nav.elapse(10000);
    EXPECT_EQ(m_nav.current(), 0) << "the show loops for wall displays";
    m_nav.elapse(70000);
    EXPECT_EQ(m_nav.current(), 0) << "and keeps looping: seven more slides";
}

TEST_F(SlideNavigatorTest, PauseBlackoutAndManualMovesHoldTheClock)
{
    m_nav.setInterval(5000);
    m_nav.elapse(4000);
    press({Key::Next}); // a manual move restarts the interval
    m_nav.elapse(4000);
    EXPECT_EQ(m_nav.current(), 1);
    m_nav.elapse(1000);
    EXPECT_EQ(m_nav.current(), 2);
    press({Key::Pause});
    EXPECT_TRUE(m_nav.isPaused());
    m_nav.elapse(60000);
    EXPECT_EQ(m_nav.current(), 2);
    press({Key::Pause});
    press({Key::Black});
    m_nav.elapse(60000);
    EXPECT_EQ(m_nav.current(), 2) << "a black screen holds the show";
    press({Key::Black});
    m_nav.elapse(5000);
    EXPECT_EQ(m_nav.current(), 3);
    m_nav.setInterval(0);
    m_nav.elapse(60000);
    EXPECT_EQ(m_nav.current(), 3);
}

} // namespace
