import { expect, test } from '@playwright/test';

// schedule-format.md `support`: shown beside the figures on the review screen, in the page's language.
const REVIEW =
	'/review?schedule=paypal-us-personal&type=personal&funding=balance&destination=MX&currency=USD&mode=send&amount=100.00';

test('the review screen says how to reach the provider’s support', async ({ page }) => {
	await page.goto(`${REVIEW}&locale=en`);
	const support = page.getByTestId('what-goes-where').getByTestId('support');
	await expect(support).toContainText('Chat and help centre around the clock');
	await expect(support.getByRole('link')).toHaveAttribute(
		'href',
		'https://www.paypal.com/us/smarthelp/contact-us'
	);
	await page.goto(`${REVIEW}&locale=zh-CN`);
	await expect(page.getByTestId('what-goes-where').getByTestId('support')).toContainText(
		'全天候在线客服与帮助中心'
	);
});
