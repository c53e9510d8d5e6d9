/** How figures are written for people: one number formatter for reports, the console, findings and plans. */
package dev.benchpilot.tools.text;
