/**
 * Behaviour tests of the shop over real loopback HTTP: most share one default shop through {@link
 * dev.benchpilot.examples.shop.SharedShop} and check answers against the shop's own database; the pool-saturation and
 * main-process tests start their own. Offline, ports chosen by the OS.
 */
package dev.benchpilot.examples.shop;
