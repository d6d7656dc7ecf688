package com.collectiq.web;

import com.collectiq.testsupport.LocalMode;

@LocalMode
class LocalWebPageTest extends WebPageContract {
}
