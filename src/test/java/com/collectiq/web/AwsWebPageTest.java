package com.collectiq.web;

import com.collectiq.testsupport.AwsMode;

@AwsMode
class AwsWebPageTest extends WebPageContract {
}
