// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/slidenavigator.h"

class QKeyEvent;

// Maps keys, including those presentation clickers send, to slide-show keys.
class SlideNavigatorKeys
{
public:
    static SlideNavigator::Key fromEvent(const QKeyEvent *event);
};
