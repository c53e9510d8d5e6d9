package com.example.variants;

import java.math.BigDecimal;
import java.util.Map;

record Settings(boolean maintenance, BigDecimal taxRate, Map<String, String> labels, Object extra) {}
